import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportData } from './build-report';
import { reportTexts } from './report-texts';

// The built-in PDF fonts only know Latin-1: DejaVu Sans covers every language of the Grande Région and beyond.
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts = { regular: path.join(fontDir, 'DejaVuSans.ttf'), bold: path.join(fontDir, 'DejaVuSans-Bold.ttf') };

const ink = '#1f2933';
const muted = '#616e7c';
const accent = '#1d6f8c';
const palette = ['#1d6f8c', '#c2571a', '#3f8f3a', '#7b4ea3'];

type Doc = InstanceType<typeof PDFDocument>;

const number = (value: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: value < 1 && value > 0 ? 4 : 1 }).format(value);

/** The period's report for funders as an A4 PDF: figures, charts drawn as vectors, roadmap progress, the graph, highlights and the rules. */
export function renderReportPdf(data: ReportData): Promise<Buffer> {
  const t = reportTexts[data.locale];
  const pdf = new PDFDocument({ size: 'A4', margin: 48, bufferPages: true, font: fonts.regular, info: { Title: `${t.title} — ${data.network.name}`, Author: 'Maillage' } });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };
  const section = (title: string) => {
    room(60);
    pdf.moveDown(0.8).font('bold').fontSize(14).fillColor(accent).text(title, left, pdf.y, { width }).moveDown(0.3);
    pdf.font('regular').fontSize(9.5).fillColor(ink);
  };
  const day = (iso: string) => new Intl.DateTimeFormat(data.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

  pdf.font('bold').fontSize(22).fillColor(ink).text(`${t.title} — ${data.network.name}`, { width });
  pdf.font('regular').fontSize(11).fillColor(muted).text(`${t.period}${t.colon}${t.from} ${day(data.from)} ${t.to} ${day(data.to)}`, { width });
  if (data.network.agency) pdf.text(`${t.agency}${t.colon}${data.network.agency}`, { width });
  pdf.text(`${t.generated} ${new Intl.DateTimeFormat(data.locale, { dateStyle: 'long' }).format(data.generatedAt)}`, { width });

  section(t.indicators);
  let group = '';
  for (const f of data.figures) {
    if (f.group !== group) {
      group = f.group;
      room(40);
      pdf.moveDown(0.4).font('bold').fontSize(10.5).fillColor(ink).text(t.groups[f.group as keyof typeof t.groups], left, pdf.y, { width });
      pdf.font('regular').fontSize(9.5);
    }
    room(16);
    const y = pdf.y;
    pdf.fillColor(ink).text(f.label, left, y, { width: width - 150 });
    const after = pdf.y;
    pdf.font('bold').text(number(f.value, data.locale), left + width - 150, y, { width: 70, align: 'right' });
    pdf.font('regular').fillColor(muted).text(number(f.previous, data.locale), left + width - 70, y, { width: 70, align: 'right' });
    pdf.fillColor(ink);
    pdf.y = Math.max(after, pdf.y) + 2;
  }
  pdf.fontSize(8).fillColor(muted).text(`${t.value} / ${t.previous}`, left, pdf.y + 2, { width, align: 'right' });

  section(t.evolution);
  drawCharts(pdf, data, left, width, room);

  if (data.roadmaps.length) {
    section(t.roadmaps);
    for (const r of data.roadmaps) {
      room(40);
      pdf.font('bold').fontSize(11).fillColor(ink).text(`${r.title} (v${r.version})`, left, pdf.y, { width });
      bar(pdf, left, pdf.y + 2, width, 8, r.ratio, accent);
      pdf.y += 14;
      pdf.font('regular').fontSize(9);
      for (const a of r.actions) {
        room(26);
        const y = pdf.y;
        pdf.fillColor(ink).text(a.title, left, y, { width: width - 190 });
        const after = pdf.y;
        pdf.fillColor(muted).text(`${a.done} / ${a.planned}`, left + width - 185, y, { width: 45, align: 'right' });
        bar(pdf, left + width - 130, y + 3, 60, 6, a.planned ? a.done / a.planned : 0, a.state === 'late' ? '#b42318' : accent);
        pdf.fillColor(ink).text(t.states[a.state], left + width - 65, y, { width: 65 });
        pdf.y = Math.max(after, pdf.y) + 2;
        if (a.owner) pdf.fontSize(8).fillColor(muted).text(`${t.owner}${t.colon}${a.owner}${a.due ? ` — ${t.due} ${a.due}` : ''}`, left + 10, pdf.y - 1, { width: width - 200 }).fontSize(9);
      }
      pdf.moveDown(0.5);
    }
  }

  section(t.graph);
  const m = data.graph.metrics;
  for (const key of ['nodes', 'ties', 'density', 'newTies', 'crossBorderTies', 'isolatedMembers', 'largestComponent'] as const) {
    room(14);
    const y = pdf.y;
    pdf.fillColor(ink).text(t.metrics[key], left, y, { width: width - 100 });
    pdf.font('bold').text(number(m[key], data.locale), left + width - 100, y, { width: 100, align: 'right' }).font('regular');
  }
  if (data.graph.brokers.length) {
    pdf.moveDown(0.4).font('bold').text(t.brokers, left, pdf.y, { width }).font('regular');
    for (const b of data.graph.brokers) pdf.text(`${b.name} (${b.country}) — ${t.degree}${t.colon}${b.degree}`, left + 10, pdf.y, { width: width - 10 });
  }

  section(t.highlights);
  pdf.font('bold').text(t.topEvents, left, pdf.y, { width }).font('regular');
  if (data.topEvents.length === 0) pdf.fillColor(muted).text(t.none).fillColor(ink);
  for (const e of data.topEvents) pdf.text(`${e.date} — ${e.title}${t.colon}${e.participations} ${t.participations.toLowerCase()}`, left + 10, pdf.y, { width: width - 10 });
  pdf.moveDown(0.4).font('bold').text(t.newMembers, left, pdf.y, { width }).font('regular');
  pdf.text(data.newMembers.length ? data.newMembers.join(', ') : t.none, left + 10, pdf.y, { width: width - 10 });

  section(t.rule);
  pdf.fontSize(8.5);
  for (const f of data.figures) {
    room(30);
    pdf.font('bold').fillColor(ink).text(f.label, left, pdf.y, { width }).font('regular').fillColor(muted).text(f.rule, { width }).moveDown(0.3);
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf.fontSize(8).fillColor(muted).text(`${data.network.name} — ${i + 1} / ${range.count}`, left, pdf.page.height - 34, { width, align: 'right', lineBreak: false });
  }
  pdf.end();
  return done;
}

function bar(pdf: Doc, x: number, y: number, w: number, h: number, ratio: number, color: string) {
  pdf.save().rect(x, y, w, h).fill('#e4e7eb');
  if (ratio > 0) pdf.rect(x, y, Math.max(1, w * Math.min(1, ratio)), h).fill(color);
  pdf.restore();
}

/** One small bar chart per series line, two per row. */
function drawCharts(pdf: Doc, data: ReportData, left: number, width: number, room: (h: number) => void) {
  const gap = 18;
  const w = (width - gap) / 2;
  const h = 120;
  data.series.lines.forEach((line, i) => {
    const column = i % 2;
    if (column === 0) room(h + 30);
    const x = left + column * (w + gap);
    const top = column === 0 ? pdf.y : pdf.y - (h + 24);
    pdf.font('bold').fontSize(8.5).fillColor(ink).text(line.label, x, top, { width: w, height: 22, ellipsis: true });
    const chartTop = top + 22;
    const max = Math.max(1, ...line.values);
    const n = Math.max(1, line.values.length);
    const step = w / n;
    pdf.save().moveTo(x, chartTop + h - 16).lineTo(x + w, chartTop + h - 16).lineWidth(0.5).stroke('#9aa5b1').restore();
    line.values.forEach((v, j) => {
      const barHeight = ((h - 30) * v) / max;
      pdf.save().rect(x + j * step + step * 0.15, chartTop + h - 16 - barHeight, step * 0.7, barHeight).fill(palette[i % palette.length]!).restore();
    });
    pdf.font('regular').fontSize(6.5).fillColor(muted);
    const labels = data.series.labels;
    const every = Math.ceil(labels.length / 6);
    labels.forEach((label, j) => {
      if (j % every === 0) pdf.text(label, x + j * step, chartTop + h - 13, { width: step * every, lineBreak: false });
    });
    pdf.text(new Intl.NumberFormat(data.locale).format(max), x, chartTop - 2, { width: w, align: 'right', lineBreak: false });
    pdf.y = column === 1 || i === data.series.lines.length - 1 ? chartTop + h + 6 : top + h + 24;
    pdf.x = left;
  });
  pdf.fontSize(9.5).fillColor(ink);
}
