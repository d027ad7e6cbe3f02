// Method regions of a C# file, for region-exact scoring of Juliet test cases.
//
// A small lexer (comments, strings, verbatim and interpolated strings, char literals and
// preprocessor lines are skipped) and a brace matcher: each `{` is classified by the code since the
// previous `;`, `{` or `}` — a type (`class X`, `struct X` …), a method or constructor (`Name(…)`
// directly inside a type), or anything else (blocks, properties, initialisers). Juliet's generated
// code is regular, so this is enough; nested functions and lambdas count as part of their method.

/** @returns {{types: {name:string,start:number,end:number}[], methods: {name:string,type:string,start:number,end:number}[]}} */
export function regions(text) {
  const types = [];
  const methods = [];
  const stack = []; // {kind: 'type'|'method'|'block', name, start, type}
  let header = '';
  let headerLine = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  let atLineStart = true;

  const push = (ch) => {
    if (header.trim() === '' && !/\s/.test(ch)) headerLine = line;
    header += ch;
  };

  while (i < n) {
    const c = text[i];
    const d = text[i + 1];
    if (c === '\n') { line++; atLineStart = true; header += ' '; i++; continue; }
    if (atLineStart && c === '#') { // preprocessor directive: skip the line
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (!/\s/.test(c)) atLineStart = false;
    if (c === '/' && d === '/') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '/' && d === '*') {
      i += 2;
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) { if (text[i] === '\n') line++; i++; }
      i += 2; header += ' '; continue;
    }
    if (c === '"' || ((c === '@' || c === '$') && (d === '"' || ((d === '@' || d === '$') && text[i + 2] === '"')))) {
      let verbatim = false;
      while (text[i] !== '"') { if (text[i] === '@') verbatim = true; i++; }
      i++;
      while (i < n) {
        const s = text[i];
        if (s === '\n') line++;
        if (verbatim) {
          if (s === '"' && text[i + 1] === '"') { i += 2; continue; }
          if (s === '"') { i++; break; }
        } else {
          if (s === '\\') { i += 2; continue; }
          if (s === '"' || s === '\n') { i++; break; }
        }
        i++;
      }
      push('"'); push('"');
      continue;
    }
    if (c === '\'') {
      i++;
      while (i < n && text[i] !== '\'' && text[i] !== '\n') { if (text[i] === '\\') i++; i++; }
      i++; push('\''); push('\''); continue;
    }
    if (c === '{') {
      const h = header.replace(/\s+/g, ' ').trim();
      const top = stack[stack.length - 1];
      const typeMatch = /\b(?:class|struct|interface|record|enum)\s+(\w+)/.exec(h);
      const methodMatch = /(\w+)\s*(?:<[^<>()]*>)?\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*(?::\s*(?:base|this)\s*\(.*\))?\s*(?:where\s.*)?$/.exec(h);
      if (typeMatch && !/[=(]/.test(h.slice(0, typeMatch.index))) {
        stack.push({ kind: 'type', name: typeMatch[1], start: headerLine || line });
      } else if (top && top.kind === 'type' && methodMatch && !/^(?:if|for|foreach|while|switch|using|lock|catch|fixed)$/.test(methodMatch[1])) {
        stack.push({ kind: 'method', name: methodMatch[1], start: headerLine || line, type: top.name });
      } else {
        stack.push({ kind: 'block' });
      }
      header = ''; i++; continue;
    }
    if (c === '}') {
      const s = stack.pop();
      if (s && s.kind === 'type') types.push({ name: s.name, start: s.start, end: line });
      if (s && s.kind === 'method') methods.push({ name: s.name, type: s.type, start: s.start, end: line });
      header = ''; i++; continue;
    }
    if (c === ';') { header = ''; i++; continue; }
    push(c);
    i++;
  }
  return { types, methods };
}

/** Where a line falls: 'bad', 'good' or 'other', with the method and type names. */
export function classify(r, lineNo) {
  let method = null;
  for (const m of r.methods) {
    if (m.start <= lineNo && lineNo <= m.end && (!method || m.start >= method.start)) method = m;
  }
  let type = null;
  for (const t of r.types) {
    if (t.start <= lineNo && lineNo <= t.end && (!type || t.start >= type.start)) type = t;
  }
  const name = method?.name ?? '';
  let region = 'other';
  if (/bad/i.test(name)) region = 'bad';
  else if (/good/i.test(name)) region = 'good';
  else if (type && /_bad$/i.test(type.name)) region = 'bad';
  else if (type && /_good\w*$/i.test(type.name)) region = 'good';
  return { region, method: name || null, type: type?.name ?? null };
}

/** Juliet's test-case id of a file: `…_01.cs`, `…_22a.cs`, `…_81_bad.cs`, `…_81_goodG2B.cs` → `…_01`, `…_22`, `…_81`. */
export function caseOf(fileName) {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.cs$/, '');
  const m = /^(CWE\d+_.*_\d\d)(?:[a-z]|_bad|_base|_good\w*)?$/.exec(base);
  return m ? m[1] : null;
}
