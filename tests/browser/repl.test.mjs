// The REPL page: >>> prompt, input echoed with its output, ... for blocks, history on ↑/↓,
// Interrupt of a runaway loop.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, closeShared } from './harness.mjs';

after(closeShared);

async function enter(page, line) {
  const input = page.locator('[data-testid="repl-input"]');
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(() => !document.querySelector('[data-testid="repl"]').hasAttribute('data-busy'));
}

test('REPL: input is echoed after the prompt with its output; history; blocks', async () => {
  await withBrowser(async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(baseUrl + '/repl/');
    const log = page.locator('[data-testid="repl-output"]');
    await enter(page, "print('안녕, 메모리')");
    await page.waitForFunction(() => document.querySelector('[data-testid="repl-output"]').textContent.includes('안녕, 메모리\n'));
    assert.match(await log.innerText(), />>> print\('안녕, 메모리'\)\n안녕, 메모리\n/);
    await enter(page, '1 + 1');
    await page.waitForFunction(() => /\n2\n/.test(document.querySelector('[data-testid="repl-output"]').textContent));
    // a block: the prompt turns into ... until an empty line
    await enter(page, 'for i in range(2):');
    assert.equal(await page.locator('.repl .prompt').textContent(), '... ');
    assert.equal(await page.locator('[data-testid="repl-input"]').inputValue(), '    ');
    await enter(page, '    print(i * 10)');
    await enter(page, '');
    assert.equal(await page.locator('.repl .prompt').textContent(), '>>> ');
    assert.match(await log.innerText(), /\n0\n10\n/);
    // history
    const input = page.locator('[data-testid="repl-input"]');
    await input.press('ArrowUp');
    assert.equal(await input.inputValue(), '    print(i * 10)');
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    assert.equal(await input.inputValue(), "print('안녕, 메모리')");
    await input.press('ArrowDown');
    assert.notEqual(await input.inputValue(), "print('안녕, 메모리')");
    assert.deepEqual(consoleErrors, []);
  });
});

test('REPL: Interrupt ends a runaway loop and the console works again', async () => {
  await withBrowser(async ({ page, baseUrl }) => {
    await page.goto(baseUrl + '/repl/');
    const input = page.locator('[data-testid="repl-input"]');
    await input.fill('while True: pass');
    await input.press('Enter');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('[data-testid="repl"]').getAttribute('data-busy'), '');
    await page.locator('[data-testid="repl-interrupt"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="repl-output"]').textContent.includes('KeyboardInterrupt'));
    await enter(page, "print('살아있다')");
    await page.waitForFunction(() => document.querySelector('[data-testid="repl-output"]').textContent.includes('살아있다\n'));
  });
});
