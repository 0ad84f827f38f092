import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Locale } from '../../db/schema';
import { agendaLabels, fillLabel } from './agenda-labels';
import type { ParticipantRole } from './convention-model';

export interface AgendaItem {
  startsAt: Date;
  endsAt: Date;
  kind: 'meeting' | 'break';
  /** Table name for meetings; the break's label for breaks. */
  table?: string;
  label?: string;
  counterpart?: { name: string; organisation: string; role: ParticipantRole; languages: string[] };
}

export interface AgendaDocument {
  locale: Locale;
  timeZone: string;
  eventTitle: string;
  place: string;
  participant: { name: string; organisation: string; role: ParticipantRole };
  published: boolean;
  items: AgendaItem[];
  printedAt: Date;
  /** The personal check-in QR code (PNG) and its code, shown at the top right. */
  checkIn?: { png: Buffer; code: string };
}

// The built-in PDF fonts only know Latin-1 (no ł, ő, č…): embed DejaVu Sans, which covers every European script.
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const agendaFonts = { regular: path.join(fontDir, 'DejaVuSans.ttf'), bold: path.join(fontDir, 'DejaVuSans-Bold.ttf') };

const languageName = (code: string, locale: Locale) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** The personal agenda of one participant as an A4 PDF: their meetings in time order with table and counterpart. */
export function renderAgendaPdf(doc: AgendaDocument): Promise<Buffer> {
  const l = agendaLabels[doc.locale];
  const time = new Intl.DateTimeFormat(doc.locale, { timeZone: doc.timeZone, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(doc.locale, { timeZone: doc.timeZone, dateStyle: 'full' });
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    font: agendaFonts.regular,
    info: { Title: `${l.title} — ${doc.eventTitle}`, Author: 'Maillage', Subject: doc.participant.name },
  });
  pdf.registerFont('regular', agendaFonts.regular);
  pdf.registerFont('bold', agendaFonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const qrSize = 84;
  if (doc.checkIn) {
    const x = left + width - qrSize;
    pdf.image(doc.checkIn.png, x, pdf.y - 6, { width: qrSize, height: qrSize });
    pdf.font('regular').fontSize(8).fillColor('#555').text(fillLabel(l.checkIn, { code: doc.checkIn.code }), x - 30, pdf.y + qrSize - 4, { width: qrSize + 30, align: 'right' });
    pdf.x = left;
    pdf.y = pdf.page.margins.top;
  }
  const headWidth = doc.checkIn ? width - qrSize - 16 : width;
  pdf.font('regular').fontSize(10).fillColor('#555').text(l.title.toUpperCase(), left, pdf.y, { characterSpacing: 0.5, width: headWidth });
  pdf.moveDown(0.3).font('bold').fontSize(18).fillColor('#111').text(doc.eventTitle, { width: headWidth });
  const firstDay = doc.items[0]?.startsAt;
  const sub = [firstDay ? day.format(firstDay) : '', doc.place].filter(Boolean).join(' · ');
  if (sub) pdf.moveDown(0.2).font('regular').fontSize(11).fillColor('#333').text(sub, { width: headWidth });
  pdf.moveDown(0.8).font('bold').fontSize(13).fillColor('#111').text(doc.participant.name, { width: headWidth });
  pdf.font('regular').fontSize(11).fillColor('#333').text([doc.participant.organisation, l.roles[doc.participant.role]].filter(Boolean).join(' · '), { width: headWidth });
  pdf.moveDown(1);
  if (doc.checkIn) pdf.y = Math.max(pdf.y, pdf.page.margins.top + qrSize + 20);

  const columns = { time: left, table: left + 95, who: left + 185 };
  const whoWidth = width - (columns.who - left);
  const header = () => {
    const y = pdf.y;
    pdf.font('bold').fontSize(9).fillColor('#555');
    pdf.text(l.time, columns.time, y, { width: 90 });
    pdf.text(l.table, columns.table, y, { width: 85 });
    pdf.text(l.meetingWith, columns.who, y, { width: whoWidth });
    pdf.moveTo(left, pdf.y + 3).lineTo(left + width, pdf.y + 3).lineWidth(0.8).strokeColor('#999').stroke();
    pdf.y += 8;
  };

  if (!doc.published) pdf.font('regular').fontSize(11).fillColor('#a33').text(l.notPublished, left, pdf.y, { width });
  else if (!doc.items.some((i) => i.kind === 'meeting')) pdf.font('regular').fontSize(11).fillColor('#333').text(l.noMeetings, left, pdf.y, { width });
  else {
    header();
    for (const item of doc.items) {
      const needed = item.kind === 'meeting' ? 48 : 22;
      if (pdf.y + needed > pdf.page.height - pdf.page.margins.bottom - 20) {
        pdf.addPage();
        header();
      }
      const y = pdf.y;
      const when = `${time.format(item.startsAt)} – ${time.format(item.endsAt)}`;
      if (item.kind === 'break') {
        pdf.font('regular').fontSize(10).fillColor('#777');
        pdf.text(when, columns.time, y, { width: 90 });
        pdf.text(item.label || l.break, columns.who, y, { width: whoWidth });
      } else {
        const c = item.counterpart;
        pdf.font('bold').fontSize(11).fillColor('#111');
        pdf.text(when, columns.time, y, { width: 90 });
        pdf.text(item.table ?? '', columns.table, y, { width: 85 });
        pdf.text(c?.name ?? '', columns.who, y, { width: whoWidth });
        if (c) {
          pdf.font('regular').fontSize(10).fillColor('#333').text([c.organisation, l.roles[c.role]].filter(Boolean).join(' · '), columns.who, pdf.y, { width: whoWidth });
          if (c.languages.length)
            pdf.fillColor('#666').text(fillLabel(l.languages, { list: c.languages.map((x) => languageName(x, doc.locale)).join(', ') }), columns.who, pdf.y, { width: whoWidth });
        }
      }
      pdf.y += 4;
      pdf.moveTo(left, pdf.y).lineTo(left + width, pdf.y).lineWidth(0.3).strokeColor('#ccc').stroke();
      pdf.y += 6;
    }
  }

  const printed = new Intl.DateTimeFormat(doc.locale, { timeZone: doc.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(doc.printedAt);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin while the footer is drawn.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - bottom + 15;
    pdf.font('regular').fontSize(8).fillColor('#888');
    pdf.text(`${fillLabel(l.generated, { date: printed })} · Maillage`, left, y, { width: width / 2, lineBreak: false });
    pdf.text(fillLabel(l.page, { n: i + 1, total: range.count }), left + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
