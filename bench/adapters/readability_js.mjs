#!/usr/bin/env node
// Run Mozilla's Readability.js (npm @mozilla/readability on jsdom) over a
// list file in ONE process.
//
//     node readability_js.mjs LISTFILE
//
// LISTFILE holds `PATH<TAB>URL` lines (protocol of shared/bench/score.py).
// Prints one JSON object per page: {source, title, authors, date, text}
// (+ "error" when the page threw).  Each page is parsed from its raw bytes, so
// jsdom does the HTML encoding sniffing (BOM, <meta charset>, windows-1252).
// Scripts are not run and no sub-resources are loaded (jsdom's defaults).
// The article text is built from the element Readability returns (serializer
// option), with a newline around each block element, as the Python adapters do.
// Start-up (module load + a warm-up page) happens before the list is read, so
// an empty list measures exactly the start-up cost bench/run.py subtracts.
import { readFileSync, writeSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const BLOCK = new Set(("p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 " +
  "ul ol li dl dt dd table thead tbody tfoot tr td th caption blockquote pre figure " +
  "figcaption hr address details summary form fieldset center body html").split(" "));
const SKIP = new Set(["script", "style", "noscript", "template"]);

function toText(root) {
  const parts = [];
  const walk = (node) => {
    // iterative walk: real pages nest deeply enough to overflow recursion
    const stack = [[node, false]];
    while (stack.length) {
      const [n, closing] = stack.pop();
      if (n.nodeType === 3) { parts.push(n.data.replace(/\s+/g, " ")); continue; }
      if (n.nodeType !== 1) continue;
      const tag = n.localName;
      if (SKIP.has(tag)) continue;
      if (closing) { if (BLOCK.has(tag)) parts.push("\n"); continue; }
      if (BLOCK.has(tag) || tag === "br") parts.push("\n");
      stack.push([n, true]);
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
    }
  };
  walk(root);
  return parts.join("").split("\n").map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l).join("\n");
}

function httpUrl(u) { return /^https?:\/\//.test(u || "") ? u : null; }

function extract(data, url) {
  let u = httpUrl(url) || "http://localhost/article.html";
  let dom;
  try {
    dom = new JSDOM(data, { url: u, virtualConsole: new VirtualConsole() });
  } catch (e) {
    dom = new JSDOM(data, { url: "http://localhost/article.html", virtualConsole: new VirtualConsole() });
  }
  try {
    const art = new Readability(dom.window.document, { serializer: (el) => el }).parse();
    if (!art) return {};
    return {
      title: art.title || "",
      authors: art.byline ? [art.byline] : [],
      date: art.publishedTime || "",
      text: art.content ? toText(art.content) : "",
    };
  } finally {
    dom.window.close();
  }
}

const WARMUP = Buffer.from("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Warm up</title></head>" +
  "<body><article><h1>Warm up</h1>" +
  "<p>This is a short paragraph of text that is only used to warm up the extractor. It has a few sentences, enough words, and nothing else of note.</p>".repeat(4) +
  "</article></body></html>");

function out(rec) {
  // score.py splits the output with Python's str.splitlines(), which also breaks
  // at U+0085, U+2028 and U+2029: JSON.stringify leaves those raw, so escape them.
  const s = JSON.stringify(rec).replace(/[\u0085\u2028\u2029]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) + "\n";
  const b = Buffer.from(s);
  let off = 0;
  while (off < b.length) {
    try { off += writeSync(1, b, off); }
    catch (e) { if (e.code !== "EAGAIN") throw e; }
  }
}

function main() {
  if (process.argv.length !== 3) {
    process.stderr.write("usage: node readability_js.mjs LISTFILE\n");
    process.exit(2);
  }
  try { extract(WARMUP, "http://example.com/warm-up.html"); } catch (e) { /* ignore */ }
  const lines = readFileSync(process.argv[2], "utf8").split("\n");
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    if (!line) continue;
    const tab = line.indexOf("\t");
    const path = tab < 0 ? line : line.slice(0, tab);
    const url = tab < 0 ? "" : line.slice(tab + 1);
    const rec = { source: path, title: "", authors: [], date: "", text: "" };
    try {
      Object.assign(rec, extract(readFileSync(path), url));
    } catch (e) {
      rec.error = `${e && e.name}: ${String(e && e.message).slice(0, 200)}`;
    }
    out(rec);
  }
}

main();
