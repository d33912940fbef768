"""Swedish for the words Streamlit writes itself (button names, screen-reader labels, the file drop zone) where it
offers the app no setting: a small script swaps them, from the catalogue's chrome.* entries, as they are drawn.

Only on Swedish pages, only Streamlit's own words: text inside markdown (the app's and the pupils' words) is never
touched, except in buttons, whose markdown label Streamlit writes itself where the app gives none ("Upload").

The script (6 KB with its words) is a file of its own the browser fetches once and keeps (pages/web.py serves it at
address()); each page run draws only loader(), a few lines. Inline, the whole script went out with every run of
every page, and the agent API put it in every snapshot: in a burst of 300 votes it cost 8 % of the server's time
per vote (measured on benchmarks/static_ballot_page.py with and without it, as in benchmarks/assembly_burst.py).
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from functools import cache

from council.locale import CATALOGUE

_SCRIPT = """
(() => {
  window.__krWords = %(words)s;
  if (window.__krSwap) { window.__krSwap(document.body); return; }
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'data-title'];
  const OWN_WORDS = '[data-testid="stMarkdownContainer"], [contenteditable="true"], script, style';
  const ownWords = (element) => element.closest(OWN_WORDS) && !element.closest('button');  // button labels: Streamlit's
  const patterns = () => window.__krWords.patterns.map(([source, swedish]) => [new RegExp(source), swedish]);
  let compiled = null;
  const originals = new Map();  // what was swapped, to give back when the visitor switches to English
  const put = (target, name, value) => {
    if (originals.size > 2000) for (const old of [...originals.keys()]) if (!old.isConnected) originals.delete(old);
    if (!originals.has(target)) originals.set(target, new Map());
    const slot = originals.get(target);
    if (!slot.has(name)) slot.set(name, name ? target.getAttribute(name) : target.nodeValue);
    if (name) target.setAttribute(name, value); else target.nodeValue = value;
  };
  const restore = () => {
    for (const [target, slot] of originals) {
      for (const [name, value] of slot) { if (name) target.setAttribute(name, value); else target.nodeValue = value; }
    }
    originals.clear();
  };
  const swedish = (value) => {
    const words = window.__krWords, key = value.trim();
    if (!key) return null;
    if (Object.prototype.hasOwnProperty.call(words.exact, key)) return value.replace(key, words.exact[key]);
    compiled = compiled || patterns();
    for (const [pattern, template] of compiled) {
      const match = key.match(pattern);
      if (match) return value.replace(key, template.replace(/\\$(\\d)/g, (_, i) => match[+i]));
    }
    return null;
  };
  const swapText = (node) => {
    const parent = node.parentElement;
    if (!parent || ownWords(parent)) return;
    const pieces = [...parent.childNodes];
    if (pieces.length > 1 && pieces.every((piece) => piece.nodeType === Node.TEXT_NODE)) {
      // React writes "{size}MB per file • {types}" as several text nodes: read and write them as one.
      const done = swedish(parent.textContent);
      if (done !== null && done !== parent.textContent) pieces.forEach((piece, i) => put(piece, '', i ? '' : done));
      return;
    }
    const done = swedish(node.nodeValue);
    if (done !== null && done !== node.nodeValue) put(node, '', done);
  };
  const swapAttributes = (element) => {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const done = swedish(value);
      if (done !== null && done !== value) put(element, name, done);
    }
  };
  const swap = (root) => {
    if (document.documentElement.lang !== 'sv') return restore();
    if (!root) return;
    if (root.nodeType === Node.TEXT_NODE) return swapText(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    swapAttributes(root);
    for (const element of root.querySelectorAll('[' + ATTRIBUTES.join('], [') + ']')) swapAttributes(element);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) swapText(node);
  };
  window.__krSwap = swap;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(swap);
      else swap(record.target);
    }
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                             attributeFilter: ATTRIBUTES});
  swap(document.body);
})();
"""


# On an English page: give back what a Swedish page of this visit swapped (a switch of language is no reload).
GIVE_BACK = "window.__krSwap && window.__krSwap(document.body);"

PATH = "/_klimat/chrome-words.js"  # served by pages/web.py (same prefix as its other routes)

# On a Swedish page: swap again when the script is there (a new run drew new widgets, or the visitor switched back
# from English); else fetch it, once per page load (a script element added by a script always runs).
_LOADER = """
(() => {
  if (window.__krSwap) { window.__krSwap(document.body); return; }
  if (document.getElementById('kr-chrome-words')) return;
  const script = document.createElement('script');
  script.id = 'kr-chrome-words';
  script.src = '%(address)s';
  document.head.appendChild(script);
})();
"""


@cache
def address() -> str:
    """Where the script is, with its version: a changed catalogue is a new address, so no browser keeps old words."""
    return f"{PATH}?v={hashlib.sha256(script().encode()).hexdigest()[:12]}"


@cache
def loader() -> str:
    """What a Swedish page draws inline: the few lines that fetch the script once, or swap again."""
    return _LOADER % {"address": address()}


@cache
def script() -> str:
    """The script, with the catalogue's chrome words: exact ones and patterns ('Help for {label}')."""
    exact, patterns = {}, []
    for key, (swedish, english) in CATALOGUE.items():
        if not key.startswith("chrome."):
            continue
        names = [name for _, name, _, _ in string.Formatter().parse(english) if name]
        if not names:
            exact[english] = swedish
            continue
        source, template = _pattern(english, swedish, names)
        patterns.append([source, template])
    return _SCRIPT % {"words": json.dumps({"exact": exact, "patterns": patterns}, ensure_ascii=False)}


def _pattern(english: str, swedish: str, names: list[str]) -> tuple[str, str]:
    """'Help for {label}' -> ('^Help for (.+)$', 'Hjälp om $1')."""
    source = "^" + re.escape(english) + "$"
    template = swedish
    for index, name in enumerate(names, start=1):
        source = source.replace(re.escape("{" + name + "}"), "(.+?)", 1)
        template = template.replace("{" + name + "}", f"${index}")
    return source, template
