// The Directions extension: starts the Directions language server (`directions lsp`, over
// stdio) for .pd files and hands everything else (diagnostics, hover, completion, navigation,
// formatting, code actions, inlay hints) to it. Highlighting comes from the TextMate grammar,
// so files are coloured even before the server is up.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/**
 * How to start the server: the configured command, or `dotnet run` inside the Directions
 * repository itself, or the `directions` CLI on the PATH.
 * @returns {{ command: string, args: string[], options: { cwd?: string } }}
 */
function serverCommand() {
  const config = vscode.workspace.getConfiguration('directions');
  const command = config.get('server.command', '');
  const args = config.get('server.args', []);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (command) {
    return { command, args: args.length > 0 ? args : ['lsp'], options: { cwd: folder } };
  }

  if (folder && fs.existsSync(path.join(folder, 'compiler', 'Directions.Cli', 'Directions.Cli.csproj'))) {
    return {
      command: 'dotnet',
      args: ['run', '--project', path.join(folder, 'compiler', 'Directions.Cli'), '--', 'lsp'],
      options: { cwd: folder },
    };
  }

  return { command: 'directions', args: ['lsp'], options: { cwd: folder } };
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const run = { ...serverCommand(), transport: TransportKind.stdio };
  client = new LanguageClient(
    'directions',
    'Directions',
    { run, debug: run },
    {
      documentSelector: [{ scheme: 'file', language: 'directions' }, { scheme: 'untitled', language: 'directions' }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.pd') },
    });

  context.subscriptions.push(
    vscode.commands.registerCommand('directions.restartServer', async () => {
      if (client) {
        await client.restart();
      }
    }));

  try {
    await client.start();
  } catch (error) {
    const { command, args } = serverCommand();
    vscode.window.showErrorMessage(
      `Directions: the language server did not start (${command} ${args.join(' ')}): ${error}. ` +
      'Set "directions.server.command" to the Directions CLI.');
  }
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate, serverCommand };
