'use strict';
// Peer for the FETCH parse benchmark (../../../shared/bench/fetch-fixture.md): ImapFlow's own parser and its
// formatMessageResponse (typed result, subject decoded, attachments found) over exactly the fixture bytes that
// `dotnet run --project bench/Imap4.Benchmarks -- --write-fixture DIR N` writes. Prints one JSON line per variant.
const fs = require('fs');
const path = require('path');
const { parser } = require('imapflow/lib/handler/imap-handler');
const tools = require('imapflow/lib/tools');

function countAttachments(node) {
    if (!node) return 0;
    let n = node.disposition === 'attachment' ? 1 : 0;
    for (const child of node.childNodes || []) n += countAttachments(child);
    return n;
}

async function run(lines, variant) {
    let attachments = 0, last = null, subjectLength = 0;
    for (const line of lines) {
        const parsed = await parser(line);
        const msg = await tools.formatMessageResponse(parsed, {});
        if (msg.envelope && msg.envelope.subject) subjectLength += msg.envelope.subject.length;
        attachments += countAttachments(msg.bodyStructure);
        last = msg;
    }
    const n = lines.length;
    if (last.uid !== n) throw new Error('last UID wrong');
    if (variant !== 'min' && last.envelope.messageId !== `<msg${n}@example.com>`) throw new Error('last Message-ID wrong');
    if (attachments !== (variant === 'full' ? n : 0)) throw new Error(`attachments ${attachments}`);
    if (variant !== 'min' && subjectLength !== n * 'Quarterly report \u2014 draft'.length) throw new Error('subject not decoded');
}

async function main() {
    const dir = process.argv[2];
    const rounds = Number(process.argv[3] || 5);
    for (const variant of ['min', 'env', 'full']) {
        const data = fs.readFileSync(path.join(dir, `fetch-${variant}.txt`));
        const lines = [];
        // The imapflow parser takes one response line without its CRLF (its stream splitter removes it).
        for (let start = 0; start < data.length;) {
            const lf = data.indexOf(10, start);
            lines.push(data.subarray(start, lf - 1));
            start = lf + 1;
        }
        await run(lines, variant); // warm-up
        let best = Infinity;
        for (let r = 0; r < rounds; r++) {
            const t0 = process.hrtime.bigint();
            await run(lines, variant);
            best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
        }
        console.log(JSON.stringify({ peer: 'imapflow', variant, messages: lines.length, mbPerSecond: data.length / best / 1e6, messagesPerSecond: lines.length / best }));
    }
}

main().catch(e => { console.error(e); process.exit(1); });
