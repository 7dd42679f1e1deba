/** The shell's bash basics: quoting, expansion, pipes, redirects, heredocs, aliases, exit status. */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";
import { tokenize } from "@/lib/kubectl/shell/tokenize";

const vars = (map: Record<string, string>) => (name: string): string | undefined => map[name];

describe("tokenize", () => {
  it("splits unquoted expansions into words and keeps quoted ones whole", () => {
    const words = tokenize(`k run x $do "$do" 'lit $do' a\\ b ""`, vars({ do: "--dry-run=client -o yaml" }))
      .map((t) => (t.kind === "word" ? t.value : `<${t.value}>`));
    expect(words).toEqual(["k", "run", "x", "--dry-run=client", "-o", "yaml", "--dry-run=client -o yaml", "lit $do", "a b", ""]);
  });

  it("reads operators, fd redirects and comments", () => {
    const ops = tokenize("a|b && c || d; e > f >> g 2>/dev/null 2>&1 <<EOF # note", vars({})).map((t) => t.value);
    expect(ops).toEqual(["a", "|", "b", "&&", "c", "||", "d", ";", "e", ">", "f", ">>", "g", "2>", "/dev/null", "2>&1", "<<", "EOF"]);
  });
});

describe("shell", () => {
  const fresh = () => createShell(createCluster({ workers: 1 }));

  it("runs heredocs into files and pipes, with variables expanded unless the delimiter is quoted", () => {
    const shell = fresh();
    shell.run("export NAME=web");
    expect(shell.run("cat <<EOF > a.txt\nname: $NAME\nEOF\ncat <<'EOF'\nname: $NAME\nEOF").stdout).toBe("name: $NAME\n");
    expect(shell.run("cat a.txt | grep -c name").stdout).toBe("1\n");
    expect(shell.isComplete("cat <<EOF | kubectl apply -f -\nkind: x")).toBe(false);
    expect(shell.isComplete("cat <<EOF | kubectl apply -f -\nkind: x\nEOF")).toBe(true);
  });

  it("follows && and || by exit status, appends with >>, and reports failure", () => {
    const shell = fresh();
    const r = shell.run("kubectl get pod nope && echo yes || echo no\necho one > f\necho two >> f\ncat f");
    expect(r.stdout).toBe("no\none\ntwo\n");
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.anyFailed).toBe(false);
    expect(r.code).toBe(0);
    const failed = shell.run("kubectl get pod nope\necho after");
    expect(failed).toMatchObject({ stdout: "after\n", code: 0, anyFailed: true });
  });

  it("expands aliases in the first word only and keeps history", () => {
    const shell = fresh();
    shell.run("alias kg='kubectl get'");
    expect(shell.run("kg ns --no-headers | wc -l").stdout).toBe("4\n");
    expect(shell.run("echo kg").stdout).toBe("kg\n");
    expect(shell.session.history).toEqual(["alias kg='kubectl get'", "kg ns --no-headers | wc -l", "echo kg"]);
  });
});
