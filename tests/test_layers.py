"""The layers import in one direction (README, For developers): a module may import its own layer
and the layers below it, never one above. Read from the source, so a new upward import fails CI."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"ingest": "pzh_talent.ingest", "registry": "pzh_talent.registry", "matching": "pzh_talent.matching",
           "outreach": "pzh_talent.outreach", "pzh_talent": "pzh_talent"}
# lowest first; a module belongs to the layer of its longest matching prefix
LAYERS = [
    ("base: labels, masks, worker count, clock and store", ["pzh_talent.labels", "pzh_talent.masks", "pzh_talent.parallel",
                                                     "pzh_talent.registry.schema", "pzh_talent.registry.files",
                                                     "pzh_talent.registry.lock", "pzh_talent.registry.db",
                                                     "pzh_talent.registry.transactions",
                                                     "pzh_talent.registry.views"]),
    ("intake", ["pzh_talent.ingest", "pzh_talent.registry.erasure", "pzh_talent.registry.search"]),
    ("dedupe", ["pzh_talent.registry.dedupe"]),
    ("matching", ["pzh_talent.matching"]),
    ("outreach", ["pzh_talent.outreach"]),
    ("web and CLI", ["pzh_talent"]),
]


def module_of(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([FOLDERS[parts[0]], *parts[1:]])


def layer_of(module: str) -> int | None:
    matches = [(len(prefix), i) for i, (_, prefixes) in enumerate(LAYERS) for prefix in prefixes
               if module == prefix or module.startswith(prefix + ".")]
    return max(matches)[1] if matches else None


def imports(path: Path, module: str, modules=()):
    """The modules `path` imports, anywhere in it; `from . import views` names the submodule when
    `modules` (the known ones) holds it, else the package."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = (".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
                    if node.level else node.module)
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base


def test_no_module_imports_a_layer_above_its_own():
    upward = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            module = module_of(path)
            own = layer_of(module)
            for name in imports(path, module):
                target = layer_of(name or "")
                if name and name.startswith("pzh_talent") and target is not None and target > own:
                    upward.append(f"{module} ({LAYERS[own][0]}) imports {name} ({LAYERS[target][0]})")
    assert upward == []


def test_the_check_sees_an_upward_import():
    assert layer_of("pzh_talent.registry.db") < layer_of("pzh_talent.ingest.contact")
    assert layer_of("pzh_talent.registry.dedupe.run") > layer_of("pzh_talent.registry.search")
    assert layer_of("pzh_talent.cli") == len(LAYERS) - 1


def _graph() -> dict:
    modules = {module_of(p): p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))}
    return {module: {m for m in imports(path, module, modules) if m in modules and m != module}
            for module, path in modules.items()}


def _cycle(graph: dict) -> list | None:
    state, stack = {}, []

    def visit(m):
        state[m] = "open"
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == "open":
                return stack[stack.index(n):] + [n]
            if n not in state and (found := visit(n)):
                return found
        state[m] = "done"
        stack.pop()
        return None
    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_modules_import_each_other_even_inside_functions():
    # an import put inside a function to dodge a cycle is still the cycle
    assert _cycle(_graph()) is None


def test_the_cycle_check_sees_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
