// kclint's VS Code client: starts `kclint lsp` for .config, defconfig and Kconfig files and
// passes the kclint.* settings as the server's initialization options.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

const SETTINGS = ['kconfig', 'arch', 'toolchain', 'env', 'board', 'include', 'facts', 'rules',
  'scenarios', 'kernelVersion'];

function activate(context) {
  const config = vscode.workspace.getConfiguration('kclint');
  const [command, ...args] = config.get('command');
  const options = {};
  for (const key of SETTINGS) {
    const value = config.get(key);
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      options[key] = value;
    }
  }
  client = new LanguageClient(
    'kclint',
    'kclint',
    { command, args },
    {
      documentSelector: [
        { scheme: 'file', language: 'kconfig-config' },
        { scheme: 'file', language: 'kconfig' },
      ],
      initializationOptions: options,
      // A changed Kconfig file or .kclint makes the server read the tree and settings again.
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{.kclint,Kconfig,Kconfig.*}'),
      },
    });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
