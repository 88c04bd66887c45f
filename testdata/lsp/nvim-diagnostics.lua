-- Headless Neovim as kclint's LSP client: loads the editors/neovim snippet, opens one file,
-- waits for the server's diagnostics and writes them, one a line (line, severity, code,
-- first line of the message), to $KCLINT_NVIM_OUT. Driven by NeovimEndToEndTest.
local env = vim.env
package.path = env.KCLINT_NVIM_SNIPPET .. '/?.lua;' .. package.path
require('kclint').setup({
  cmd = vim.fn.json_decode(env.KCLINT_NVIM_CMD),
  init_options = vim.fn.json_decode(env.KCLINT_NVIM_OPTIONS),
})
vim.cmd('edit ' .. vim.fn.fnameescape(env.KCLINT_NVIM_FILE))
local got = vim.wait(tonumber(env.KCLINT_NVIM_WAIT_MS), function()
  return #vim.diagnostic.get(0) > 0
end, 200)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, string.format('%d\t%d\t%s\t%s', d.lnum + 1, d.severity, code,
    (d.message:gsub('\n.*', ''))))
end
if not got then
  table.insert(lines, 'TIMEOUT')
end
vim.fn.writefile(lines, env.KCLINT_NVIM_OUT)
for _, client in pairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 100)
vim.cmd('qa!')
