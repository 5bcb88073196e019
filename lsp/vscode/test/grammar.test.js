// Tokenizes real Directions lines with the extension's TextMate grammar (the same engine VS Code
// uses) and checks the scopes a reader relies on: comments, rule names, strings, numbers, units,
// idioms and keywords. Run with `npm test`.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const test = require('node:test');
const oniguruma = require('vscode-oniguruma');
const textmate = require('vscode-textmate');

const grammarPath = path.join(__dirname, '..', 'syntaxes', 'directions.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  return registry.loadGrammar('source.directions');
}

/** Tokens of one line as [text, innermost scope] pairs. */
function tokens(grammar, line) {
  const result = grammar.tokenizeLine(line, textmate.INITIAL);
  return result.tokens.map((t) => [line.substring(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]]);
}

function scopeOf(grammar, line, text) {
  const found = tokens(grammar, line).find(([t]) => t.trim() === text);
  assert.ok(found, `no token "${text}" in ${JSON.stringify(tokens(grammar, line))}`);
  return found[1];
}

test('the card line is highlighted: term as plain text, numbers, units and keywords', async () => {
  const grammar = await loadGrammar();
  const line = '  CIN visit every 4 weeks unless recorded rationale, max 6';
  assert.equal(scopeOf(grammar, line, 'every'), 'keyword.control.requirement.directions');
  assert.equal(scopeOf(grammar, line, '4'), 'constant.numeric.directions');
  assert.equal(scopeOf(grammar, line, 'weeks'), 'keyword.other.unit.directions');
  assert.equal(scopeOf(grammar, line, 'unless'), 'keyword.control.requirement.directions');
  assert.equal(scopeOf(grammar, line, 'max'), 'keyword.control.requirement.directions');
  assert.equal(scopeOf(grammar, line, 'CIN visit'), 'source.directions');
});

test('declarations name their rule, strings and comments are scoped', async () => {
  const grammar = await loadGrammar();
  assert.equal(scopeOf(grammar, 'rule "CIN visits"   # Agreed actions, bullet 4', '"CIN visits"'), 'entity.name.section.directions');
  assert.equal(scopeOf(grammar, 'rule "CIN visits"   # Agreed actions, bullet 4', '# Agreed actions, bullet 4'), 'comment.line.number-sign.directions');
  assert.equal(scopeOf(grammar, 'Direction "Working with Children in Need"', 'Direction'), 'keyword.control.declaration.directions');
  const cites = tokens(grammar, '  cites "S000-07", "Agreed actions, bullet 4"');
  assert.ok(cites.some(([t, s]) => t === 'S000-07' && s === 'string.quoted.double.directions'), JSON.stringify(cites));
});

test('dates, idioms and working days', async () => {
  const grammar = await loadGrammar();
  assert.equal(scopeOf(grammar, '  version 2021.1, effective from 2021-09-01', '2021-09-01'), 'constant.numeric.date.directions');
  assert.equal(scopeOf(grammar, '  version 2021.1, effective from 2021-09-01', 'effective from'), 'keyword.other.header.directions');
  assert.equal(scopeOf(grammar, '  CP visit fortnightly', 'fortnightly'), 'constant.other.frequency.directions');
  assert.equal(scopeOf(grammar, '  CIN visit 4-weekly', '4-weekly'), 'constant.other.frequency.directions');
  assert.equal(scopeOf(grammar, '  assessment within 20 working days of referral', 'working'), 'keyword.other.unit.directions');
});

test('vocabulary declarations: kind, name, operators', async () => {
  const grammar = await loadGrammar();
  const line = 'event "CIN visit" means visits where kind is "CIN" and child_seen';
  assert.equal(scopeOf(grammar, line, 'event'), 'storage.type.term.directions');
  assert.equal(scopeOf(grammar, line, 'means'), 'keyword.operator.condition.directions');
  assert.equal(scopeOf(grammar, line, 'where'), 'keyword.operator.condition.directions');
  assert.equal(scopeOf(grammar, line, 'and'), 'keyword.operator.condition.directions');
});

test('every line of the real directions tokenizes, and every comment line is one comment token', async () => {
  const grammar = await loadGrammar();
  const folder = path.join(__dirname, '..', '..', '..', 'directions');
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.pd'));
  assert.ok(files.length >= 4, `expected the directions folder at ${folder}`);
  for (const file of files) {
    for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split(/\r?\n/)) {
      const result = tokens(grammar, line);
      assert.equal(result.map(([t]) => t).join(''), line);
      if (line.trimStart().startsWith('#')) {
        assert.equal(result[result.length - 1][1], 'comment.line.number-sign.directions', `${file}: ${line}`);
      }
    }
  }
});

test('the extension starts the server through the Directions CLI', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  assert.equal(manifest.contributes.languages[0].extensions[0], '.pd');
  assert.equal(manifest.contributes.grammars[0].scopeName, 'source.directions');
  const source = fs.readFileSync(path.join(__dirname, '..', 'extension.js'), 'utf8');
  assert.match(source, /'lsp'/);
});
