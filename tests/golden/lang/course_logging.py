import logging, sys
log = logging.getLogger("app.db")
log.warning("no config yet: %s", "lastResort")
log.info("not shown")
logging.warning("root warning %d", 1)
logging.info("hidden info")
print(logging.getLogger().handlers, logging.root.level, log, logging.getLogger("app"), log.parent)
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("debug now visible")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s:%(funcName)s:%(lineno)d - %(message)s"))
log.addHandler(h)
log.propagate = False
def work(x):
    log.info("working on %r", x)
    try:
        return 10 / x
    except ZeroDivisionError:
        log.exception("failed for x=%s", x)
work(2); work(0)
fmt2 = logging.Formatter("{levelname}|{name}|{message}", style="{")
h.setFormatter(fmt2)
log.error("brace style")
log.setLevel(logging.ERROR)
log.warning("filtered out")
print(log.isEnabledFor(logging.WARNING), log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("INFO"))
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
log.addFilter(OnlyOdd())
for i in range(4):
    log.error("n=%d", i)
child = log.getChild("sub")
print(child.name, child.parent is log)
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", force=True)
logging.info("after force basicConfig")
logging.getLogger("x").critical("critical!")
