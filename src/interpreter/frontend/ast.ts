/**
 * The abstract syntax tree, mirroring CPython 3.12's `ast` module (Parser/Python.asdl).
 *
 * Node kinds and field names are exactly those of Python's `ast` module, so a reader can hold
 * `ast.dump(ast.parse(src))` next to ours. Differences, all deliberate:
 *  - the node class is in `kind` (e.g. `{ kind: 'BinOp', left, op, right }`);
 *  - operators are plain strings (`'Add'`, `'Eq'`, `'And'` …) rather than singleton nodes;
 *  - expression context (`Load`/`Store`/`Del`) is a string field `ctx`;
 *  - `col_offset` / `end_col_offset` count code points (characters) from the start of the line,
 *    not UTF-8 bytes as CPython does; tracebacks are computed in characters anyway.
 *  - `Constant.value` holds a front-end constant (see `ConstValue`), not a heap object: the
 *    compiler turns constants into heap objects when it builds a code object.
 */

export interface Pos {
  lineno: number;        // 1-based
  col_offset: number;    // 0-based, in characters
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- constants
/** A literal as the front end sees it. Ints are bigint when they do not fit in a safe integer. */
export type ConstValue =
  | { t: 'None' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; imag: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'Ellipsis' };

// ---------------------------------------------------------------- operators
export type BoolOpName = 'And' | 'Or';
export type OperatorName =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpName = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpName = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export type ExprContext = 'Load' | 'Store' | 'Del';

// ---------------------------------------------------------------- module
export interface Module { kind: 'Module'; body: Stmt[] }
/** What the REPL compiles: one statement (possibly compound); expression statements echo. */
export interface Interactive { kind: 'Interactive'; body: Stmt[] }
export interface Expression { kind: 'Expression'; body: Expr }
export type Mod = Module | Interactive | Expression;

// ---------------------------------------------------------------- statements
export interface FunctionDef extends Pos {
  kind: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_params: TypeParam[];
}
export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface TypeAlias extends Pos { kind: 'TypeAlias'; name: Expr; type_params: TypeParam[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: OperatorName; value: Expr }
/** `simple` is 1 for a bare Name target not in parentheses. */
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number }
export interface For extends Pos { kind: 'For' | 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With' | 'AsyncWith'; items: WithItem[]; body: Stmt[] }
export interface Match extends Pos { kind: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { kind: 'Try' | 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign | AnnAssign
  | For | While | If | With | Match | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions
export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOpName; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: OperatorName; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOpName; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { kind: 'Await'; value: Expr }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `conversion`: -1 none, 115 's', 114 'r', 97 'a' (as in CPython). */
export interface FormattedValue extends Pos { kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null }
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: Expr[] }
export interface Constant extends Pos { kind: 'Constant'; value: ConstValue }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- helpers
export interface Comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonly arg; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional (posonly + regular) parameters. */
  defaults: Expr[];
}
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null }
/** `arg` is null for `**kwargs` in a call. */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }
export interface WithItem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { kind: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

export type Pattern =
  | (Pos & { kind: 'MatchValue'; value: Expr })
  | (Pos & { kind: 'MatchSingleton'; value: ConstValue })
  | (Pos & { kind: 'MatchSequence'; patterns: Pattern[] })
  | (Pos & { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null })
  | (Pos & { kind: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[] })
  | (Pos & { kind: 'MatchStar'; name: string | null })
  | (Pos & { kind: 'MatchAs'; pattern: Pattern | null; name: string | null })
  | (Pos & { kind: 'MatchOr'; patterns: Pattern[] });

export type TypeParam =
  | (Pos & { kind: 'TypeVar'; name: string; bound: Expr | null })
  | (Pos & { kind: 'ParamSpec'; name: string })
  | (Pos & { kind: 'TypeVarTuple'; name: string });

export type Node = Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem | MatchCase | Pattern;
