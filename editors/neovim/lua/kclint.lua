-- kclint's language server for Neovim (0.7 and later, no plugin needed).
--
--   require('kclint').setup({
--     cmd = { 'java', '-jar', '/path/to/kclint.jar', 'lsp' },
--     init_options = { kconfig = 'linux-6.1', arch = 'arm', toolchain = 'tc.shell.tsv',
--                      env = { KERNELVERSION = '6.1.192' } },
--   })
--
-- Opens the server for .config files, defconfigs, fragments and Kconfig files; paths in
-- init_options are relative to the workspace root (the folder holding .git or .kclint, else the
-- file's folder).
local M = {}

M.patterns = { '.config', '*.config', '*defconfig', '*.fragment', 'Kconfig', 'Kconfig.*' }

local clients = {}

local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local found = vim.fn.finddir('.git', dir .. ';')
  if found == '' then
    found = vim.fn.findfile('.kclint', dir .. ';')
  end
  if found == '' then
    return dir
  end
  return vim.fn.fnamemodify(found, ':p:h:h')
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'kclint', 'lsp' }
  local group = vim.api.nvim_create_augroup('kclint', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    group = group,
    pattern = M.patterns,
    callback = function(args)
      local root = root_of(vim.api.nvim_buf_get_name(args.buf))
      local config = { name = 'kclint', cmd = cmd, root_dir = root,
                       init_options = opts.init_options or {} }
      if vim.lsp.start then
        vim.lsp.start(config, { bufnr = args.buf })
        return
      end
      -- Neovim 0.7: one client per root, attached by hand.
      if not clients[root] then
        clients[root] = vim.lsp.start_client(config)
      end
      vim.lsp.buf_attach_client(args.buf, clients[root])
    end,
  })
end

return M
