-- End-to-end test of the Directions language server with a real editor: headless Neovim 0.7
-- (its 0.7 API: vim.lsp.start_client, buf_attach_client, buf_request_sync, vim.wait).
-- Started by tests/editor/neovim/run.sh, which passes through the environment:
--   DIRECTIONS_LSP_CMD  the server command, words separated by newlines
--   DIRECTIONS_ROOT     the workspace folder (a vocabulary and the direction under test)
--   DIRECTIONS_FILE     the direction under test, with a misspelt term on line 9
--   DIRECTIONS_TAP      where to write the results (TAP: "ok N - name" / "not ok N - name")
-- Each check is one TAP line; the script never stops at the first failure, and always quits.

local cmd = vim.split(os.getenv('DIRECTIONS_LSP_CMD'), '\n', { trimempty = true })
local root = os.getenv('DIRECTIONS_ROOT')
local file = os.getenv('DIRECTIONS_FILE')
local tap_path = os.getenv('DIRECTIONS_TAP')

local lines, count, failed = {}, 0, 0
local function check(name, ok, detail)
  count = count + 1
  if ok then
    table.insert(lines, ('ok %d - %s'):format(count, name))
  else
    failed = failed + 1
    table.insert(lines, ('not ok %d - %s'):format(count, name))
    table.insert(lines, '# ' .. tostring(detail):gsub('\n', '\n# '))
  end
end

local function finish()
  table.insert(lines, '1..' .. count)
  table.insert(lines, ('# pass %d'):format(count - failed))
  table.insert(lines, ('# fail %d'):format(failed))
  local out = io.open(tap_path, 'w')
  out:write(table.concat(lines, '\n') .. '\n')
  out:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local uri = vim.uri_from_fname(file)
  local published = {}
  local client_id = vim.lsp.start_client({
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'e2e' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result and result.uri == uri then
          table.insert(published, result.diagnostics)
        end
      end,
    },
  })
  check('the server starts', client_id ~= nil, 'vim.lsp.start_client returned nil')
  if not client_id then return end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local started = vim.wait(60000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 50)
  check('the server answers initialize', started, 'not initialized within 60 s')

  -- 1. The mistake is reported with its ID, severity and exact range.
  local function latest() return published[#published] end
  vim.wait(30000, function() return latest() ~= nil and #latest() > 0 end, 50)
  local diagnostic
  for _, d in ipairs(latest() or {}) do
    if d.code == 'DIR2001' then diagnostic = d end
  end
  check('a misspelt term is reported as DIR2001', diagnostic ~= nil, vim.inspect(latest()))
  if diagnostic then
    check('DIR2001 is an error', diagnostic.severity == 1, vim.inspect(diagnostic))
    local r = diagnostic.range
    check('DIR2001 covers exactly "CIN vist" on line 9',
      r.start.line == 8 and r.start.character == 2 and r['end'].line == 8 and r['end'].character == 10, vim.inspect(r))
    check('DIR2001 suggests the nearest term', diagnostic.message:find('CIN visit', 1, true) ~= nil, diagnostic.message)

    -- 2. The "did you mean" quick fix.
    local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
      textDocument = { uri = uri }, range = diagnostic.range, context = { diagnostics = { diagnostic } },
    }, 10000)
    local fix
    for _, answer in pairs(actions or {}) do
      for _, action in ipairs(answer.result or {}) do
        if action.edit and action.title:find('CIN visit', 1, true) then fix = action end
      end
    end
    check('a quick fix offers "CIN visit"', fix ~= nil, vim.inspect(actions))
    if fix then
      vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
    end
  end

  -- 3. Once fixed, the diagnostics clear (the change reaches the server and is re-checked).
  local cleared = vim.wait(30000, function()
    local last = latest()
    if last == nil then return false end
    for _, d in ipairs(last) do if d.severity == 1 then return false end end
    return true
  end, 50)
  check('after the fix no error is left', cleared, vim.inspect(latest()))
  check('the fixed line reads "CIN visit every 4 weeks"',
    vim.api.nvim_buf_get_lines(buf, 8, 9, false)[1]:find('CIN visit every 4 weeks', 1, true) ~= nil,
    vim.api.nvim_buf_get_lines(buf, 8, 9, false)[1])

  -- 4. Hover on the requirement: the rule in plain English with units resolved, and its citation.
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = { uri = uri }, position = { line = 8, character = 14 },
  }, 10000)
  local hover_text = ''
  for _, answer in pairs(hover or {}) do
    local contents = answer.result and answer.result.contents
    if type(contents) == 'table' then hover_text = hover_text .. (contents.value or vim.inspect(contents)) end
  end
  check('hover explains the cadence in days', hover_text:find('28 days', 1, true) ~= nil, hover_text)
  check('hover gives the maximum with a rationale', hover_text:find('42 days', 1, true) ~= nil, hover_text)
  check('hover cites the paragraph', hover_text:find('E2E-1', 1, true) ~= nil, hover_text)

  -- 5. Completion on a new clause line offers vocabulary terms.
  local last_line = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last_line, last_line, false, { '  CIN r' })
  local completion = vim.lsp.buf_request_sync(buf, 'textDocument/completion', {
    textDocument = { uri = uri }, position = { line = last_line, character = 7 },
  }, 10000)
  local labels = {}
  for _, answer in pairs(completion or {}) do
    local items = answer.result and (answer.result.items or answer.result) or {}
    for _, item in ipairs(items) do labels[item.label] = true end
  end
  check('completion offers the term "CIN review"', labels['CIN review'] == true, vim.inspect(vim.tbl_keys(labels)))
  vim.api.nvim_buf_set_lines(buf, last_line, last_line + 1, false, {})

  -- 6. Formatting: a messy line comes back canonical, and formatting again changes nothing.
  vim.api.nvim_buf_set_lines(buf, 6, 7, false, { 'rule    "CIN visits"   ' })
  local function format()
    local answer = vim.lsp.buf_request_sync(buf, 'textDocument/formatting', {
      textDocument = { uri = uri }, options = { tabSize = 2, insertSpaces = true },
    }, 10000)
    for _, a in pairs(answer or {}) do return a.result or {} end
    return nil
  end
  local edits = format()
  check('formatting answers with edits', edits ~= nil and #edits > 0, vim.inspect(edits))
  if edits then vim.lsp.util.apply_text_edits(edits, buf, 'utf-16') end
  check('the rule line is canonical after formatting', vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1] == 'rule "CIN visits"',
    vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1])
  local again = format()
  check('formatting is idempotent', again ~= nil and #again == 0, vim.inspect(again))

  -- 7. Go to definition of the term lands in the vocabulary.
  local definition = vim.lsp.buf_request_sync(buf, 'textDocument/definition', {
    textDocument = { uri = uri }, position = { line = 8, character = 4 },
  }, 10000)
  local target
  for _, answer in pairs(definition or {}) do
    local result = answer.result
    if result then target = result.uri or (result[1] and (result[1].uri or result[1].targetUri)) end
  end
  check('go to definition of "CIN visit" opens the vocabulary', target ~= nil and target:find('vocabulary.pd', 1, true) ~= nil, vim.inspect(definition))

  -- 8. The rest of the capabilities, each asked once from the editor.
  local function ask(method, params)
    local answer = vim.lsp.buf_request_sync(buf, method, params, 10000)
    for _, a in pairs(answer or {}) do return a.result, a.err end
    return nil, 'no answer'
  end
  local doc = { uri = uri }
  local refs = ask('textDocument/references', { textDocument = doc, position = { line = 8, character = 4 }, context = { includeDeclaration = true } })
  local in_vocabulary = false
  for _, r in ipairs(refs or {}) do if r.uri:find('vocabulary.pd', 1, true) then in_vocabulary = true end end
  check('find references of "CIN visit" include its declaration in the vocabulary', refs ~= nil and #refs >= 2 and in_vocabulary, vim.inspect(refs))
  local rename = ask('textDocument/rename', { textDocument = doc, position = { line = 6, character = 7 }, newName = 'CIN visiting' })
  check('rename of the rule answers an edit with the new name', rename ~= nil and vim.inspect(rename):find('CIN visiting', 1, true) ~= nil, vim.inspect(rename))
  local symbols = ask('textDocument/documentSymbol', { textDocument = doc })
  check('the outline lists the rule', symbols ~= nil and vim.inspect(symbols):find('CIN visits', 1, true) ~= nil, vim.inspect(symbols))
  local workspace = ask('workspace/symbol', { query = 'CIN' })
  check('workspace symbols find terms and rules', workspace ~= nil and #workspace > 0, vim.inspect(workspace))
  local tokens = ask('textDocument/semanticTokens/full', { textDocument = doc })
  check('semantic tokens come in fives', tokens ~= nil and #tokens.data > 0 and #tokens.data % 5 == 0, vim.inspect(tokens))
  local folds = ask('textDocument/foldingRange', { textDocument = doc })
  check('the direction and the rule fold', folds ~= nil and #folds >= 1, vim.inspect(folds))
  local hints = ask('textDocument/inlayHint', { textDocument = doc, range = { start = { line = 0, character = 0 }, ['end'] = { line = 12, character = 0 } } })
  check('an inlay hint says what 4 weeks means', hints ~= nil and vim.inspect(hints):find('28 days', 1, true) ~= nil, vim.inspect(hints))

  vim.lsp.stop_client(client_id)
end)

check('the script ran to the end', ok, err)
finish()
