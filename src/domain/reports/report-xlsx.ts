import ExcelJS from 'exceljs';
import type { ReportData } from './build-report';
import { reportTexts } from './report-texts';

/** Spreadsheet software runs cells starting with = + - @ as formulas: user text is prefixed so it stays text. */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function heading(sheet: ExcelJS.Worksheet, values: string[]) {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: sheet.rowCount }];
}

/** The period's report as a workbook: indicators with their rules, series, roadmaps, the graph, the Interreg records. */
export async function renderReportXlsx(data: ReportData): Promise<Buffer> {
  const t = reportTexts[data.locale];
  const book = new ExcelJS.Workbook();
  book.creator = 'Maillage';
  book.created = data.generatedAt;

  const figures = book.addWorksheet(t.sheetIndicators);
  figures.addRow([`${t.title} — ${data.network.name}`]).font = { bold: true, size: 14 };
  figures.addRow([`${t.period}${t.colon}${t.from} ${data.from} ${t.to} ${data.to}`]);
  figures.addRow([]);
  heading(figures, [t.indicator, t.value, t.previous, t.rule]);
  let group = '';
  for (const f of data.figures) {
    if (f.group !== group) {
      group = f.group;
      figures.addRow([t.groups[f.group as keyof typeof t.groups]]).font = { bold: true, italic: true };
    }
    figures.addRow([f.label, f.value, f.previous, f.rule]);
  }
  figures.getColumn(1).width = 60;
  figures.getColumn(2).width = 12;
  figures.getColumn(3).width = 18;
  figures.getColumn(4).width = 100;
  figures.getColumn(4).alignment = { wrapText: true, vertical: 'top' };

  const evolution = book.addWorksheet(t.sheetEvolution);
  heading(evolution, [t.period, ...data.series.lines.map((l) => l.label)]);
  data.series.labels.forEach((label, i) => evolution.addRow([label, ...data.series.lines.map((l) => l.values[i] ?? 0)]));
  evolution.columns.forEach((c, i) => (c.width = i === 0 ? 12 : 28));

  const plans = book.addWorksheet(t.sheetRoadmaps);
  heading(plans, [t.roadmaps, t.axis, t.objective, t.action, t.owner, t.due, t.planned, t.done, t.state]);
  for (const r of data.roadmaps)
    for (const a of r.actions) plans.addRow([safe(r.title), safe(a.axis), safe(a.objective), safe(a.title), safe(a.owner), a.due ?? '', a.planned, a.done, t.states[a.state]]);
  plans.columns.forEach((c, i) => (c.width = i < 5 ? 30 : 14));

  const graph = book.addWorksheet(t.sheetGraph);
  const m = data.graph.metrics;
  heading(graph, [t.graph, t.value]);
  for (const key of ['nodes', 'ties', 'density', 'newTies', 'crossBorderTies', 'isolatedMembers', 'largestComponent'] as const) graph.addRow([t.metrics[key], m[key]]);
  graph.addRow([]);
  graph.addRow([t.brokers]).font = { bold: true };
  graph.addRow([t.organisation, t.country, t.betweenness, t.degree]).font = { bold: true };
  for (const b of data.graph.brokers) graph.addRow([safe(b.name), b.country, b.betweenness, b.degree]);
  graph.getColumn(1).width = 40;

  const interreg = book.addWorksheet(t.sheetInterreg);
  heading(interreg, [t.indicator, t.kind, t.records, t.date, t.organisation, t.country, t.detail]);
  for (const d of data.details)
    for (const r of d.records) interreg.addRow([d.label, r.kind, safe(r.title), r.at?.slice(0, 10) ?? '', safe(r.organisationName ?? ''), r.country ?? '', safe(r.detail)]);
  interreg.columns.forEach((c, i) => (c.width = i === 0 ? 50 : 24));

  return Buffer.from(await book.xlsx.writeBuffer());
}
