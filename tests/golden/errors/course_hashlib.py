import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha512"]:
    for data in [b"", b"abc", b"hello world" * 10, "한국어".encode(), bytes(range(256)) * 3]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest()[:32], h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
h.update(b"part1"); h2 = h.copy(); h.update(b"part2")
print(h.hexdigest(), h2.hexdigest(), hashlib.md5(b"x").digest(), "md5" in hashlib.algorithms_guaranteed)
hashlib.sha256("text")
