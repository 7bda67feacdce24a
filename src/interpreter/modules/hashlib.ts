/**
 * `hashlib`: md5, sha1, sha224, sha256, sha384, sha512 and new(name) with update / digest /
 * hexdigest / copy, name, digest_size, block_size. The digests are computed here (RFC 1321,
 * FIPS 180-4); the hash objects keep the data they were fed in a bytearray.
 */
import { PyObject } from '../objects/object';
import { newBytes, bytesLike } from '../objects/bytes';
import { PyStr } from '../objects/str';
import { typeError, valueError } from '../objects/errors';
import { defineFunction } from '../objects/descriptors';
import { registerPyModule } from './pymodule';
import { sha512 } from './sha512';

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Message padding: 0x80, zeros, then the bit length (64-bit, little or big endian). */
function pad(data: Uint8Array, littleEndian: boolean): Uint8Array {
  const len = data.length;
  const total = Math.ceil((len + 9) / 64) * 64;
  const out = new Uint8Array(total);
  out.set(data);
  out[len] = 0x80;
  const bits = BigInt(len) * 8n;
  for (let i = 0; i < 8; i++) {
    const byte = Number((bits >> BigInt(8 * i)) & 0xffn);
    out[littleEndian ? total - 8 + i : total - 1 - i] = byte;
  }
  return out;
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

function md5(data: Uint8Array): Uint8Array {
  const m = pad(data, true);
  let a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
  const w = new Uint32Array(16);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      w[i] = m[j] | (m[j + 1] << 8) | (m[j + 2] << 16) | (m[j + 3] << 24);
    }
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      const s = MD5_S[(i >> 4) * 4 + (i % 4)];
      const tmp = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i] + w[g]) | 0, s)) | 0;
      a = tmp;
    }
    a0 = (a0 + a) | 0; b0 = (b0 + b) | 0; c0 = (c0 + c) | 0; d0 = (d0 + d) | 0;
  }
  const out = new Uint8Array(16);
  [a0, b0, c0, d0].forEach((v, i) => {
    for (let k = 0; k < 4; k++) out[4 * i + k] = (v >>> (8 * k)) & 0xff;
  });
  return out;
}

function bigEndianWords(m: Uint8Array, off: number, w: Uint32Array): void {
  for (let i = 0; i < 16; i++) {
    const j = off + 4 * i;
    w[i] = ((m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3]) >>> 0;
  }
}

function wordsOut(words: number[]): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  words.forEach((v, i) => {
    for (let k = 0; k < 4; k++) out[4 * i + k] = (v >>> (24 - 8 * k)) & 0xff;
  });
  return out;
}

function sha1(data: Uint8Array): Uint8Array {
  const m = pad(data, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let off = 0; off < m.length; off += 64) {
    bigEndianWords(m, off, w);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = t;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0;
  }
  return wordsOut(h);
}

// first 32 bits of the fractional parts of the cube roots of the first 64 primes
const SHA256_K = (() => {
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes.map((p) => Math.floor((Math.cbrt(p) % 1) * 2 ** 32) >>> 0);
})();

function sha256(data: Uint8Array, init: number[], outWords: number): Uint8Array {
  const m = pad(data, false);
  const h = init.slice();
  const w = new Uint32Array(64);
  for (let off = 0; off < m.length; off += 64) {
    bigEndianWords(m, off, w);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + SHA256_K[i] + w[i]) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    const v = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + v[i]) | 0;
  }
  return wordsOut(h.slice(0, outWords));
}

const SHA256_INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const SHA224_INIT = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

const DIGESTS: Record<string, (d: Uint8Array) => Uint8Array> = {
  md5,
  sha1,
  sha224: (d) => sha256(d, SHA224_INIT, 7),
  sha256: (d) => sha256(d, SHA256_INIT, 8),
  sha512,
};

registerPyModule(
  'hashlib',
  String.raw`
__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha512': (64, 128)}
algorithms_guaranteed = set(_SIZES)
algorithms_available = set(_SIZES)


class HASH:
    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._data += memoryview(data)

    def digest(self):
        return _digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = HASH(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


HASH.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    name = name.lower().replace('-', '')
    if name not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return HASH(name, data)


def md5(data=b'', *, usedforsecurity=True, string=None):
    return HASH('md5', data)


def sha1(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha1', data)


def sha224(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha224', data)


def sha256(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha256', data)


def sha512(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha512', data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
`,
  (m) => {
    defineFunction(m.md, '_digest', (_s, args): PyObject => {
      const [name, data] = args;
      const f = name instanceof PyStr ? DIGESTS[name.value] : undefined;
      if (f === undefined) throw valueError('unsupported hash type');
      const bytes = bytesLike(data);
      if (bytes === null) throw typeError('object supporting the buffer API required');
      return newBytes(f(bytes));
    });
  },
  { native: true }, // _hashlib is C in CPython
);
