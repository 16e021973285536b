-- Drives Neovim's own LSP client (0.7 API: vim.lsp.start_client, buf_request_sync) through a
-- plan of steps written by test/lsp/neovim.test.ts, and writes every answer as JSON.
-- Environment: LSP_PLAN (plan file), LSP_OUT (answers file), LSP_CMD (JSON list: the server command).
local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('LSP_PLAN')), '\n'))
local out_path = os.getenv('LSP_OUT')
local answers = {}
local published = {} -- uri -> { count = n, diagnostics = ... }
local timeout = 15000
local current = 'start'

local function finish(err)
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode({ answers = answers, error = err or vim.NIL }))
  f:close()
  vim.cmd('qa!')
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'forkspacer-def',
    cmd = vim.fn.json_decode(os.getenv('LSP_CMD')),
    root_dir = vim.fn.getcwd(),
    init_options = { debounceMs = 50 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        local p = published[result.uri] or { count = 0 }
        p.count = p.count + 1
        p.diagnostics = result.diagnostics
        published[result.uri] = p
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'the server did not start')
  local buffers = {}
  local function buffer(file)
    return assert(buffers[file], 'open ' .. file .. ' first')
  end
  local function wait_diagnostics(uri, after)
    local ok = vim.wait(timeout, function()
      return published[uri] ~= nil and published[uri].count > after
    end, 10)
    assert(ok, 'no diagnostics for ' .. uri)
    return published[uri].diagnostics
  end
  local function request(step, method, params)
    local res, err = vim.lsp.buf_request_sync(buffer(step.file), method, params, timeout)
    assert(res, 'no answer to ' .. method .. ': ' .. tostring(err))
    local r = res[client_id]
    assert(r and not r.err, method .. ' failed: ' .. vim.inspect(r and r.err))
    return r.result
  end
  for i, step in ipairs(plan) do
    current = 'step ' .. i .. ' (' .. step.op .. ')'
    local answer = { op = step.op, file = step.file }
    local function at()
      return { textDocument = { uri = vim.uri_from_bufnr(buffer(step.file)) }, position = { line = step.line, character = step.character } }
    end
    if step.op == 'open' then
      vim.cmd('edit ' .. vim.fn.fnameescape(step.file))
      local bufnr = vim.api.nvim_get_current_buf()
      buffers[step.file] = bufnr
      local uri = vim.uri_from_bufnr(bufnr)
      local before = published[uri] and published[uri].count or 0
      vim.lsp.buf_attach_client(bufnr, client_id)
      answer.diagnostics = wait_diagnostics(uri, before)
    elseif step.op == 'edit' then
      local bufnr = buffer(step.file)
      local uri = vim.uri_from_bufnr(bufnr)
      local before = published[uri] and published[uri].count or 0
      vim.api.nvim_buf_set_lines(bufnr, step.start, step['end'], false, step.lines)
      answer.diagnostics = wait_diagnostics(uri, before)
    elseif step.op == 'hover' then
      answer.result = request(step, 'textDocument/hover', at())
    elseif step.op == 'completion' then
      answer.result = request(step, 'textDocument/completion', at())
    elseif step.op == 'definition' then
      answer.result = request(step, 'textDocument/definition', at())
    elseif step.op == 'references' then
      local params = at()
      params.context = { includeDeclaration = true }
      answer.result = request(step, 'textDocument/references', params)
    elseif step.op == 'codeAction' then
      local bufnr = buffer(step.file)
      local uri = vim.uri_from_bufnr(bufnr)
      local params = { textDocument = { uri = uri }, range = { start = { line = step.line, character = 0 }, ['end'] = { line = step.line, character = 0 } }, context = { diagnostics = {} } }
      local actions = request(step, 'textDocument/codeAction', params)
      answer.titles = {}
      for _, a in ipairs(actions) do
        table.insert(answer.titles, a.title)
      end
      if step.apply then
        local before = published[uri] and published[uri].count or 0
        for _, a in ipairs(actions) do
          if a.title == step.apply then
            vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
          end
        end
        answer.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
        answer.diagnostics = wait_diagnostics(uri, before)
      end
    else
      error('unknown step ' .. step.op)
    end
    table.insert(answers, answer)
  end
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
finish(not ok and (current .. ': ' .. tostring(err)) or nil)
