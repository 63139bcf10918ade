/**
 * The notes' stylesheet. It lives only inside the notes' shadow root (no global CSS on the page);
 * `:host { all: initial }` keeps the page's inherited styles out. Light and dark schemes, text of
 * at least 13px and contrast above 7:1 for body text.
 */
export const NOTE_CSS = `
:host { all: initial; }
.note {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4a4f57; --line: #d9dce1; --accent: #1d4ed8;
  --tag-bg: #eef2ff; --tag-fg: #1e3a8a; --warn-bg: #fff7e6; --warn-fg: #7a4100;
  --bad-bg: #fdecec; --bad-fg: #8a1111; --shadow: 0 6px 24px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(400px, calc(100vw - 16px)); overflow-y: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: var(--shadow); padding: 12px 14px 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
}
@media (prefers-color-scheme: dark) {
  .note {
    --bg: #1f2227; --fg: #f1f3f5; --muted: #b9c0ca; --line: #3a3f47; --accent: #93b4ff;
    --tag-bg: #26324d; --tag-fg: #c9d8ff; --warn-bg: #3a2c12; --warn-fg: #ffd79a;
    --bad-bg: #45201f; --bad-fg: #ffc2bd; --shadow: 0 6px 24px rgba(0,0,0,.5);
  }
}
.note:focus { outline: none; }
.note:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.head { display: flex; align-items: flex-start; gap: 8px; margin: 0 0 8px; }
.brand { font-size: 12px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
.title { flex: 1; margin: 0; font-size: 15px; font-weight: 650; line-height: 1.35; }
.close {
  flex: none; border: 1px solid transparent; background: transparent; color: var(--muted);
  font: inherit; font-size: 18px; line-height: 1; width: 28px; height: 28px; border-radius: 6px; cursor: pointer;
}
.close:hover { background: var(--tag-bg); color: var(--fg); }
.close:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.page { margin: 0 0 10px; padding: 8px 10px; border-radius: 8px; background: var(--tag-bg); color: var(--tag-fg); }
.page b { font-weight: 700; }
.group { margin: 10px 0 0; }
.group h3 { margin: 0 0 4px; font-size: 12.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.group.update h3 { color: var(--warn-fg); }
.group.conflict h3 { color: var(--bad-fg); }
ul { list-style: none; margin: 0; padding: 0; }
li.report { padding: 7px 0; border-top: 1px solid var(--line); }
li.report:first-child { border-top: none; }
.meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; }
.outlet { font-weight: 650; }
.date { color: var(--muted); font-size: 13px; }
.tag { font-size: 12px; padding: 0 6px; border-radius: 999px; background: var(--tag-bg); color: var(--tag-fg); }
.quote { margin: 3px 0 0; }
.quote mark { background: transparent; color: inherit; font-weight: 700; }
.credit { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.reason { display: inline-block; margin: 4px 0 0; padding: 1px 7px; border-radius: 6px; font-size: 13px; background: var(--warn-bg); color: var(--warn-fg); }
.conflict .reason { background: var(--bad-bg); color: var(--bad-fg); }
a { color: var(--accent); font-size: 13px; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.aliases { margin: 0; }
.foot { margin: 10px 0 0; font-size: 12px; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.text-button { all: unset; cursor: pointer; color: var(--accent); text-decoration: underline; font: inherit; }
.text-button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
