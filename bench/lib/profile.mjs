// Reads the V8 .cpuprofile files of a build (node --cpu-prof, one per thread) into inclusive times per named function,
// and self times per package, summed over the threads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every profile in `dir`: one per thread (the build's main thread, the search index's parts, Zopfli's threads). */
function loadProfiles(dir) {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  return files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
}

/** Where a function lives: "ours" (the site's src/, also as bundled by Astro), a package name, or a node internal. */
function ownerOf(url) {
  const path = url.replace(/^file:\/\//, '');
  if (/\/node_modules\//.test(path)) {
    const rest = path.slice(path.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (/\/dist\/\.prerender\//.test(path) || /\/src\//.test(path)) return 'pages being rendered (site code + Astro runtime, bundled)';
  if (path.startsWith('node:')) return 'node internals';
  return path ? 'other' : '(program, native code)';
}

/** Names of the functions the site's src/ declares (function f, const f = (…) =>), to pick them out of a profile. */
export function siteFunctionNames(srcDir) {
  const names = new Set();
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|astro|mjs)$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/\bfunction\s+([A-Za-z_$][\w$]*)|\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*(?::[^=]*)?=>/g)) {
      names.add(m[1] ?? m[2]);
    }
  }
  return names;
}

/** Names the site shares with Astro's runtime or Node, which a profile cannot tell apart. */
const ambiguous = new Set(['run', 'load', 'render', 'at', 'get', 'set', 'blank', 'default']);

/**
 * { functions: Map(name → { ms }) inclusive time of the site's own named functions (`ourNames`);
 *   owners: Map(owner → ms) self time; totalMs }.
 */
export function summariseProfile(dir, ourNames) {
  const functions = new Map();
  const owners = new Map();
  let total = 0;
  for (const profile of loadProfiles(dir)) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    for (const [id, us] of self) {
      const frame = byId.get(id).callFrame;
      const selfOwner = frame.url ? ownerOf(frame.url) : frame.functionName === '(garbage collector)' ? 'garbage collector' : '(program, native code)';
      if (frame.functionName === '(idle)') continue;
      total += us;
      owners.set(selfOwner, (owners.get(selfOwner) ?? 0) + us / 1000);
      const seen = new Set();
      for (let current = id; current !== undefined; current = parent.get(current)) {
        const { functionName, url } = byId.get(current).callFrame;
        if (!functionName || seen.has(functionName) || !ourNames.has(functionName) || ambiguous.has(functionName)) continue;
        if (!/\/dist\/\.prerender\/|\/src\//.test(url) || /node_modules/.test(url)) continue;
        seen.add(functionName);
        const entry = functions.get(functionName) ?? { ms: 0 };
        entry.ms += us / 1000;
        functions.set(functionName, entry);
      }
    }
  }
  return { functions, owners, totalMs: total / 1000 };
}
