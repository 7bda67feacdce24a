from pathlib import Path, PurePath, PurePosixPath
import fnmatch
p = Path("data") / "reports" / "2024_summary.tar.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, list(p.parents), p.is_absolute())
print(p.with_suffix(".zip"), p.with_name("x.txt"), p.with_stem("y"), PurePath("/usr/lib/python3.12").relative_to("/usr"), Path("/a/b") / "/c", "x" / Path("y"))
print(Path("a/b/../c"), Path("./x//y/"), Path(), Path("/"), Path("/").parent, Path("a") == Path("a/"), sorted([Path("b"), Path("a/z"), Path("a")]))
print(PurePosixPath("/x/y.py").match("*.py"), PurePath("a/b.txt").match("a/*.txt"), fnmatch.fnmatch("file.PY", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.t?t"))
base = Path("course_tmp_dir")
base.mkdir(exist_ok=True)
print(base.exists(), base.is_dir(), list(base.iterdir()))
base.rmdir()
here = Path(".")
a = here / "course_pl_a.txt"
a.write_text("hello\nworld\n")
(here / "course_pl_c.log").write_bytes(b"\x00\x01")
print(sorted(x.name for x in here.iterdir() if x.name.startswith("course_pl_")), sorted(str(x) for x in here.glob("course_pl_*.txt")))
print(a.read_text().splitlines(), (here / "course_pl_c.log").read_bytes(), a.stat().st_size, a.exists(), (here / "nope").exists(), a.is_file(), a.resolve() == a.absolute(), open(a).name)
a.unlink(); (here / "course_pl_c.log").unlink(); a.unlink(missing_ok=True)
print(a.exists())
print(Path("a") / 5)
