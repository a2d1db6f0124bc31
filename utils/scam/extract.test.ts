import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractPageFacts } from './extract';
import { assessPage } from './page';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** A Document of its own (not the test environment's global one), scripts off. */
function doc(html: string, url = 'https://example.com/login'): Document {
  const w = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}

const PHISH = `<!doctype html><html><head><title>dアカウント ログイン</title>
<meta property="og:site_name" content="NTTドコモ"></head><body>
<img src="logo.png" alt="docomo"><h1>dアカウントでログイン</h1>
<form action="https://drop.example.net/p.php" method="post">
  <label for="id">dアカウントID</label><input id="id" name="uid">
  <label for="pw">パスワード</label><input id="pw" type="password" name="pw">
  <label>ネットワーク暗証番号 <input name="nwpin" inputmode="numeric" maxlength="4"></label>
  <input name="code" autocomplete="one-time-code" placeholder="SMS認証コード">
  <input type="submit" value="ログイン">
</form>
<div style="display:none">隠しテキスト 0120-999-999</div>
<script>var secret = "0120-111-111";</script>
<p>お困りの方はドコモサポートセンター ０１２０－３３３－４４４ まで</p>
<p>eSIM 再発行は <a href="https://t.me/docomo_help">Telegram</a> でも受付</p>
<a href="/files/security.apk">セキュリティアプリ</a> <a href="https://other.example.org/">外部</a>
</body></html>`;

describe('extractPageFacts', () => {
  it('reads title, site name, alt texts, forms, phones, handles and links', () => {
    const f = extractPageFacts(doc(PHISH));
    expect(f.title).toBe('dアカウント ログイン');
    expect(f.siteName).toBe('NTTドコモ');
    expect(f.altTexts).toEqual(['docomo']);
    expect(f.forms).toHaveLength(1);
    const form = f.forms[0];
    expect(form).toMatchObject({
      actionHost: 'drop.example.net',
      password: true,
      pin: true,
      smsCode: true,
      card: false,
      myNumber: false,
    });
    expect(form?.text).toContain('dアカウントID');
    expect(f.phones.map((p) => p.number)).toEqual(['0120333444']);
    expect(f.visibleText).not.toContain('隠しテキスト');
    expect(f.visibleText).not.toContain('secret');
    expect(f.handles).toContainEqual(expect.objectContaining({ kind: 'telegram', id: '@docomo_help' }));
    expect(f.apkLinks).toBe(1);
    expect(f.links.total).toBe(3);
    expect(f.links.external).toBe(2);
  });

  it('classifies card, CVC and My Number fields, and inputs outside forms', () => {
    const f = extractPageFacts(
      doc(`<body><h2>au PAY カード 本人確認</h2>
        <div><label>カード番号<input name="cc" autocomplete="cc-number"></label></div>
        <div><label>セキュリティコード<input name="sec"></label></div>
        <div><label>マイナンバー<input name="mn"></label></div></body>`),
    );
    expect(f.forms).toHaveLength(1);
    expect(f.forms[0]).toMatchObject({
      actionHost: null,
      card: true,
      cvc: true,
      myNumber: true,
      password: false,
    });
  });

  it('bounds the text it keeps', () => {
    const big = `<body>${'<p>ドコモ 解約 0120-800-000</p>'.repeat(5_000)}</body>`;
    const f = extractPageFacts(doc(big), { maxText: 10_000, maxNodes: 5_000 });
    expect(f.visibleText.length).toBeLessThanOrEqual(10_000 + 100);
  });

  it('feeds assessPage: the phishing page is danger naming docomo', () => {
    const f = extractPageFacts(doc(PHISH, 'https://d-account-login.example.com/'));
    const v = assessPage('https://d-account-login.example.com/', f);
    expect(v.level).toBe('danger');
    expect(v.brand).toBe('docomo');
  });

  it('a plain article is none', () => {
    const f = extractPageFacts(
      doc(
        '<title>ドコモの料金プラン解説</title><body><article><h1>ドコモの料金</h1><p>問い合わせは 151 か 0120-800-000 へ。</p></article><form><input name="q" placeholder="検索"></form></body>',
        'https://blog.example.com/docomo-plan',
      ),
    );
    expect(assessPage('https://blog.example.com/docomo-plan', f).level).toBe('none');
  });
});
