import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticleBytes } from '../../src/core/decode';
import { seededRandom } from '../seededRandom';

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);

test('valid UTF-8 is decoded as UTF-8', () => {
  const result = decodeArticleBytes(utf8(' date 2020-02 De besprekingen in Genève zijn afgebroken.'), MB);
  assert.deepEqual(result, { ok: true, text: ' date 2020-02 De besprekingen in Genève zijn afgebroken.', encoding: 'utf-8' });
});

test('a UTF-8 BOM is stripped so offsets match the editor', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Libië')]);
  const result = decodeArticleBytes(bytes, MB);
  assert.ok(result.ok);
  assert.equal(result.text, 'Libië');
});

test('bytes that are not UTF-8 fall back to Windows-1252', () => {
  // "Libië – “VN”" in Windows-1252: ë = 0xEB, en dash = 0x96, curly quotes = 0x93 / 0x94
  const bytes = new Uint8Array([...utf8('Libi'), 0xeb, 0x20, 0x96, 0x20, 0x93, ...utf8('VN'), 0x94]);
  const result = decodeArticleBytes(bytes, MB);
  assert.deepEqual(result, { ok: true, text: 'Libië – “VN”', encoding: 'windows-1252' });
});

test('binary files are refused with a reason', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  assert.deepEqual(decodeArticleBytes(png, MB), { ok: false, reason: 'binary file (contains NUL bytes)' });
  const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
  assert.deepEqual(decodeArticleBytes(controls, MB), { ok: false, reason: 'binary file (mostly control characters)' });
});

test('UTF-16 files are refused with advice rather than read as garbage', () => {
  const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
  const result = decodeArticleBytes(bytes, MB);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : '', /UTF-16.*UTF-8/);
});

test('files over the limit are refused with the size and the limit in MB', () => {
  const bytes = new Uint8Array(3 * MB).fill(0x61);
  const result = decodeArticleBytes(bytes, 2 * MB);
  assert.deepEqual(result, { ok: false, reason: 'file is too large (3.0 MB; the limit is 2.0 MB)' });
  assert.equal(decodeArticleBytes(bytes, 3 * MB).ok, true);
});

test('empty and whitespace-only files are refused', () => {
  assert.deepEqual(decodeArticleBytes(new Uint8Array(0), MB), { ok: false, reason: 'empty file' });
  assert.deepEqual(decodeArticleBytes(utf8(' \r\n\t\n  '), MB), { ok: false, reason: 'empty file' });
  assert.deepEqual(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), MB), { ok: false, reason: 'empty file' });
});

test('text with a few form feeds and tabs is still text', () => {
  const result = decodeArticleBytes(utf8('Kop\f\n\tEen zin met een tab.\r\n'), MB);
  assert.equal(result.ok, true);
});

const windows1252 = (text: string) => {
  // Only the characters these tests use outside Latin-1 (code points below 0x100 are their own byte).
  const high: Record<string, number> = { '€': 0x80, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return new Uint8Array([...text].map((c) => high[c] ?? c.charCodeAt(0)));
};
const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
};
const reasonOf = (bytes: Uint8Array) => {
  const result = decodeArticleBytes(bytes, MB);
  return result.ok ? null : result.reason;
};

test('UTF-16 without a byte-order mark, little- and big-endian, is named as such with advice', () => {
  const text = ' date 2020-02 De besprekingen in Genève over Libië zijn afgebroken, meldt de VN.\r\n'.repeat(20);
  for (const order of ['le', 'be'] as const) {
    assert.equal(reasonOf(utf16(text, order)), 'the file is UTF-16 without a byte-order mark; save it as UTF-8 to include it', order);
  }
  // NUL bytes in no regular position stay "binary"
  assert.equal(reasonOf(new Uint8Array([0x41, 0, 0, 0x42, 0x43, 0x44, 0, 0x45, 0, 0, 0, 0x46])), 'binary file (contains NUL bytes)');
});

test('a NUL byte after the first 8 KB still makes the file binary', () => {
  const bytes = utf8('Een gewone zin over Den Haag. '.repeat(1000));
  bytes[20_000] = 0;
  assert.equal(reasonOf(bytes), 'binary file (contains NUL bytes)');
});

test('random bytes without NUL are not read as Windows-1252 text', () => {
  for (const [low, size] of [[0x01, 256], [0x20, 256], [0x20, 4096], [0x80, 1000], [0x01, 100_000]] as const) {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed * 7919 + size);
      const bytes = new Uint8Array(size).map(() => low + Math.floor(random() * (256 - low)));
      const reason = reasonOf(bytes);
      assert.match(reason ?? 'read as text', /^binary file/, `seed ${seed}, bytes ${low}-255, ${size} bytes`);
    }
  }
});

test('a real Windows-1252 Dutch article is still read, accents, quotes, dashes and symbols intact', () => {
  const article = [
    ' date 2019-11 Brussel – De Europese Commissie heeft woensdag een boete van € 1,2 miljard opgelegd.',
    '',
    '“Dit is een signaal aan de hele sector”, zei eurocommissaris Vestager. Zij noemde het één van de',
    'zwaarste sancties ooit. Volgens de Belgische minister van Economie, Pierre-Yves Dermagne, is het',
    '„een overwinning voor de consument”. De aandeelhouders reageerden gereserveerd op de uitspraak;',
    'de koers daalde 3½ procent. Het bedrijf gaat in beroep bij het Hof — al wordt dat ‘kansloos’ genoemd.',
    '',
    'In Zürich en Genève waren de reacties gematigd. Een woordvoerder: ‘Wij bestuderen de beslissing…’',
    'De temperatuur in Straatsburg was –2 °C; de zitting duurde tot 23.30 uur. § 4 van het reglement',
    'is van toepassing, aldus de coördinator. Financiën, reëel, geïnterviewd, naïef, café, à la carte.',
  ].join('\r\n');
  const result = decodeArticleBytes(windows1252(article), MB);
  assert.deepEqual(result, { ok: true, text: article, encoding: 'windows-1252' });
  // a short one with a single stray symbol, too
  assert.equal(decodeArticleBytes(windows1252('Prijs: ¤ 5 – “goedkoop”, zegt Daniël.'), MB).ok, true);
});
