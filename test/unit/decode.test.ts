import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticleBytes } from '../../src/core/decode';

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
