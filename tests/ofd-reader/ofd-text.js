// Text of an OFD file page by page, as read by ofd.js (an independent OFD parser, test-only).
// Usage: node ofd-text.js file.ofd  -> {"pages": ["line\nline", ...]} on stdout; exit 1 with a
// message on stderr when ofd.js cannot read the file.
'use strict';
const fs = require('fs');
const ofd = require('ofd.js');

const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const nums = (s) => String(s || '').trim().split(/\s+/).map(Number);

// Every TextCode of a page, with its absolute baseline position (Boundary origin + X/Y).
function codes(content) {
    const out = [];
    for (const layer of list(content && content['ofd:Layer'])) {
        for (const obj of list(layer['ofd:TextObject'])) {
            const box = nums(obj['@_Boundary']);
            for (const code of list(obj['ofd:TextCode'])) {
                const text = typeof code === 'object' ? code['#text'] : code;
                if (text === undefined)
                    continue;
                out.push({x: box[0] + Number(code['@_X'] || 0), y: box[1] + Number(code['@_Y'] || 0), text: String(text)});
            }
        }
    }
    return out;
}

// Codes grouped into lines by baseline (0.5 mm), lines top to bottom, codes left to right.
function pageText(content) {
    const lines = [];
    for (const c of codes(content).sort((a, b) => a.y - b.y || a.x - b.x)) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - c.y) < 0.5)
            last.codes.push(c);
        else
            lines.push({y: c.y, codes: [c]});
    }
    return lines.map((l) => l.codes.sort((a, b) => a.x - b.x).map((c) => c.text).join('')).join('\n');
}

const file = process.argv[2];
if (!file) {
    process.stderr.write('usage: node ofd-text.js file.ofd\n');
    process.exit(2);
}
const buf = fs.readFileSync(file);
ofd.parseOfdDocument({
    ofd: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
    success(res) {
        const doc = Array.isArray(res) ? res[0] : res;
        const pages = list(doc && doc.pages).map((p) => {
            const page = p[Object.keys(p)[0]];
            return pageText(page && page.json && page.json['ofd:Content']);
        });
        process.stdout.write(JSON.stringify({pages}) + '\n');
    },
    fail(err) {
        process.stderr.write('ofd.js could not read ' + file + ': ' + (err && (err.message || err)) + '\n');
        process.exit(1);
    },
});
