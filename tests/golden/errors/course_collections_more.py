from collections import deque, OrderedDict, ChainMap, Counter, defaultdict, namedtuple
dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0); dq.append(4); dq.append(5)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(2); print(dq)
dq.rotate(-1); print(dq, dq.popleft(), dq.pop(), dq.count(3), list(reversed(dq)))
dq.extendleft("ab"); print(dq)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od, list(od.keys()))
od.move_to_end("c", last=False); print(od, od.popitem(), od.popitem(last=False), od)
base = {"color": "red", "size": 1}
cm = ChainMap({"size": 9}, base)
print(cm["size"], cm["color"], len(cm), dict(cm), cm.maps[1] is base)
child = cm.new_child({"extra": True}); print(child["extra"], child.parents["size"])
c1 = Counter(a=3, b=1); c2 = Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, (c1 + c2).most_common(1), c2.total(), c1["zzz"])
c1.update("aab"); c1.subtract({"b": 5}); print(c1, +c1, -c1)
dd = defaultdict(lambda: defaultdict(int))
for who, item in [("a", "x"), ("a", "x"), ("b", "y")]:
    dd[who][item] += 1
print({k: dict(v) for k, v in dd.items()}, dd.default_factory is not None)
dl = defaultdict(list); dl["k"].append(1); print(dl, repr(dl["missing"]), len(dl))
Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
cards = [Card(r) for r in "AKQ"] + [Card("2", "hearts")]
print(cards[0], cards[-1], sorted(cards, key=lambda c: (c.suit, c.rank)), Card._field_defaults)
r, s = cards[0]; print(r, s, cards[0].count("A"), cards[0].index("spades"))
print(deque(maxlen=0), deque(), Counter(), OrderedDict(), ChainMap())
try:
    deque().pop()
except IndexError as e:
    print(e)
print(Counter("hello").most_common()[0], sorted(Counter("hello").items()))
dq2 = deque(range(3))
dq2[5]
