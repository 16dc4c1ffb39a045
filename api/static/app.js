"use strict";
// The evaluator's workbench: overview across reports and years, findings across reports, one report
// (findings in words → cells → quotes), chat with citations, uploads with a line per file.
// Views are routes of the hash: #/overview, #/findings, #/report/<id>[/finding/<i>|/cell/<key>], #/chat.
// Every label a person reads comes from the server (table spec, check catalogue); nothing here
// knows a table row.

const $ = (s, el = document) => el.querySelector(s);
const $$ = (s, el = document) => [...el.querySelectorAll(s)];
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const KIND_ORDER = ["report_defect", "blank_cells", "extraction_doubt"];
const KIND_LABEL = { report_defect: "报告错误", blank_cells: "空白单元格", extraction_doubt: "提取存疑" };
const YEAR_RX = /^\s*\d{4}\s*年?\s*(?:[-–—~～至到]\s*\d{4}\s*年?)?\s*$/;
const NARROW = window.matchMedia("(max-width: 799px)");

const state = {
  health: null, labels: {}, measures: [], report: null, view: null, cells: {}, lastReport: null,
  ov: { sort: null, desc: false, limit: 300, total: 0, rows: [] }, f: { kind: "", offset: 0, limit: 100 },
  tab: "findings",
};

// With XXGK_API_KEY set, the service refuses writes without the key (401): the page asks for it once,
// keeps it for this tab (sessionStorage) and sends it with every write — an officer on the page had only
// 「需要有效的 API key（请求头 X-API-Key）」, a header she cannot set.
const KEY_ITEM = "xxgk-api-key";
async function api(path, opts = {}) {
  const write = !!opts.method && opts.method !== "GET";
  const send = () => {
    const key = write && sessionStorage.getItem(KEY_ITEM);
    return fetch(path, key ? { ...opts, headers: { ...(opts.headers || {}), "X-API-Key": key } } : opts);
  };
  let res = await send();
  if (res.status === 401 && write) {
    const key = window.prompt("此服务的上传和更正需要 API key（向服务管理员索取），请输入：");
    if (key && key.trim()) {
      sessionStorage.setItem(KEY_ITEM, key.trim());
      res = await send();
    }
  }
  const ct = res.headers.get("content-type") || "";
  const body = ct.includes("json") ? await res.json() : await res.text();
  if (!res.ok) throw new Error((body && body.detail) || res.statusText || `HTTP ${res.status}`);
  return body;
}
const num = (v) => (v == null ? "—" : Number.isInteger(v) ? String(v) : String(+(+v).toFixed(2)));
const pct = (v) => (v == null ? "—" : `${(v * 100).toFixed(1)}%`);
const fig = (m, v) => (m && m.rate ? pct(v) : num(v));
const debounce = (f, ms = 250) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => f(...a), ms); }; };
const cellLabel = (key) => state.labels[key] || key;
function setHash(h) { // the address follows a selection inside a view (replaceState fires no hashchange)
  if (location.hash !== h) history.replaceState(null, "", h);
}

// ------------------------------------------------------------------ routing
async function route() {
  // a query or a view the page does not have (「#/overview?agency=…」, 「#/nonsense」) left a blank page or a
  // script error (an invalid selector): the view's name is read without what follows it, and an unknown one
  // is the landing view
  const parts = location.hash.replace(/^#\/?/, "").split("?")[0].split("/").map(decodeURIComponent);
  let [view, id, sub, arg] = parts;
  if (!VIEWS.includes(view)) view = "";
  if (!view) view = state.health && state.health.reports ? "overview" : "welcome";
  if (view === "overview" && state.health && !state.health.reports) view = "welcome";
  document.body.classList.toggle("show-chat", view === "chat");
  const changed = state.shown !== view;
  state.shown = view;
  for (const v of ["welcome", "overview", "findings", "report"]) $(`#view-${v}`).hidden = v !== view;
  for (const a of $$("header nav a")) {
    if (a.dataset.view === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  if (view === "overview") await loadOverview();
  else if (view === "findings") await loadFindings();
  else if (view === "report") {
    if (!id && state.lastReport) { location.replace(`#/report/${state.lastReport}`); return; }
    if (id) {
      try {
        if (!state.report || state.report.id !== id) await openReport(id);
      } catch (e) {
        unopened("打不开这份报告：" + e.message);
        return;
      }
      if (sub === "finding") selectFinding(+arg, true);
      else if (sub === "cell") { const td = $(`td[data-key="${CSS.escape(arg)}"]`); if (td) selectCell(td, true); }
    }
  }
  // a new view: keyboard and screen-reader users start at its heading (a selection keeps its focus)
  const focused = document.activeElement;
  if (changed && state.started && !sub && (!focused || focused === document.body || focused.closest(".view[hidden]") || focused.closest("header"))) {
    const h = view === "chat" ? $("#chat-title") : $(`#view-${view} h1`);
    if (h) { h.tabIndex = -1; h.focus(); }
  }
  state.started = true;
}

async function refreshHealth() {
  state.health = await api("/api/health");
  $("#health").textContent = `共 ${state.health.reports} 份报告 · ${state.health.llm ? "已配置大模型" : "离线规则模式"}`;
}

// A view's newest request wins: on a slow server the answer to an older filter could arrive last and draw its rows
// under the newer filter's choices. `ticket(box)` numbers a request; the function it returns says whether it is
// still the newest of its view.
function ticket(box) {
  const seq = (box.seq = (box.seq || 0) + 1);
  return () => seq === box.seq;
}

// ------------------------------------------------------------------ overview
function ovParams() {
  const q = new URLSearchParams();
  const agency = $("#o-agency").value.trim();
  const year = $("#o-year").value.trim();
  if (agency) q.set("agency", agency);
  if (year) q.set("year", year);
  if ($("#o-region").value) q.set("region", $("#o-region").value);
  if ($("#o-level").value) q.set("level", $("#o-level").value);
  if ($("#o-has").value) q.set("has", $("#o-has").value);
  if (state.ov.sort) { q.set("sort", state.ov.sort); if (state.ov.desc) q.set("desc", "true"); }
  return q;
}

async function loadOverview(more = false) {
  const year = $("#o-year").value.trim();
  if (year && !YEAR_RX.test(year)) {
    $("#o-msg").textContent = `年度「${year}」无法识别：请写 2022、2022年 或 2021-2023`;
    return;
  }
  $("#o-msg").textContent = "";
  const q = ovParams();
  for (const [el, fmt] of [["#o-csv", "csv"], ["#o-xlsx", "xlsx"]]) {
    const e = new URLSearchParams(q); e.set("format", fmt); $(el).href = `/api/overview/export?${e}`;
  }
  // the cells of the reports the table shows: every filter of it (a province, a level, a span of years were
  // dropped, and the link gave every report of the store)
  const cells = new URLSearchParams({ format: "csv" });
  for (const k of ["agency", "year", "region", "level", "has"]) if (q.get(k)) cells.set(k, q.get(k));
  $("#o-cells").href = `/api/export?${cells}`;
  q.set("limit", state.ov.limit);
  q.set("offset", more ? state.ov.rows.length : 0);
  const current = ticket(state.ov);
  let data;
  try { data = await api(`/api/overview?${q}`); } catch (e) { if (current()) $("#o-msg").textContent = e.message; return; }
  if (!current()) return;
  state.measures = data.measures;
  state.ov.rows = more ? state.ov.rows.concat(data.rows) : data.rows;
  state.ov.total = data.total;
  const years = data.years.length ? `${data.years[0]}–${data.years[data.years.length - 1]}年` : "";
  $("#o-summary").textContent = `共 ${data.reports} 份报告；当前筛选 ${data.total} 份，${data.agencies} 个机关` + (years ? `；年度 ${years}` : "");
  const region = $("#o-region");
  if (data.regions.length && region.options.length === 1) {
    region.insertAdjacentHTML("beforeend", data.regions.map((r) => `<option>${esc(r)}</option>`).join(""));
    $("#o-region-label").hidden = false;
  }
  const level = $("#o-level");
  if ((data.levels || []).length && level.options.length === 1) {
    level.insertAdjacentHTML("beforeend", data.levels.map((r) => `<option>${esc(r)}</option>`).join(""));
    $("#o-level-label").hidden = false;
  }
  renderOverview();
  $("#o-more").hidden = state.ov.rows.length >= data.total;
  $("#o-empty").hidden = data.total > 0;
  $("#o-table").hidden = data.total === 0;
  if (!more) setupCharts(data);
}

function renderOverview() {
  const ms = state.measures;
  const groups = [];
  for (const m of ms) {
    const last = groups[groups.length - 1];
    if (last && last.name === m.group) last.n++; else groups.push({ name: m.group, n: 1 });
  }
  const sortTh = (id, label, help, cls = "") => {
    const sorted = state.ov.sort === id ? (state.ov.desc ? "descending" : "ascending") : null;
    return `<th scope="col" class="${cls}"${sorted ? ` aria-sort="${sorted}"` : ""}${help ? ` title="${esc(help)}"` : ""}>` +
      `<button type="button" class="sort" data-sort="${id}">${esc(label)}</button></th>`;
  };
  $("#o-table thead").innerHTML =
    `<tr class="groups"><th class="agency" scope="col"><span class="sr-only">报告</span></th>` +
    groups.map((g) => `<th colspan="${g.n}" scope="colgroup">${esc(g.name)}</th>`).join("") +
    `<th colspan="3" scope="colgroup">核查发现</th></tr><tr class="cols">` +
    sortTh("agency", "机关 · 年度", "", "agency") + ms.map((m) => sortTh(m.id, m.label, m.help)).join("") +
    KIND_ORDER.map((k) => sortTh(k, KIND_LABEL[k], "")).join("") + "</tr>";
  const grouped = !state.ov.sort || state.ov.sort === "agency";
  const width = ms.length + 4;
  let last = null;
  const html = [];
  for (const r of state.ov.rows) {
    const name = r.agency || "（机关未识别）";
    if (grouped && r.group !== last) {
      last = r.group;
      const n = state.ov.rows.filter((x) => x.group === r.group).length;
      const region = r.region.length ? `<span class="region">${esc(r.region.join(" › "))}</span> · ` : "";
      html.push(`<tr class="group"><th colspan="${width}" scope="colgroup">${region}${esc(name)} <span class="hint">（${n} 份）</span> ` +
        `<button type="button" class="link-button" data-trend="${esc(r.group)}">看历年趋势</button></th></tr>`);
    }
    const title = `${name} ${r.year || "?"}年`;
    const link = `<a href="#/report/${r.id}" aria-label="${esc(title)}报告">${esc(grouped ? `${r.year || "?"}年` : title)}</a>` +
      (r.template === "LEGACY" ? ' <span class="hint">旧格式</span>' : "");
    let cells;
    if (!r.tables) {
      const n = ms.filter((m) => m.id !== "published").length;
      cells = `<td colspan="${n}" class="none">无标准统计表（${r.template === "LEGACY" ? "2019年以前的旧格式" : "未读到表格"}）</td>` +
        `<td>${num(r.figures.published)}</td>`;
    } else {
      cells = ms.map((m) => {
        const flag = r.flagged.includes(m.id);
        return `<td class="${flag ? "flag" : ""}"${flag ? ' title="该数字所在的合计与各项之和不符，见核查发现"' : ""}>${fig(m, r.figures[m.id])}</td>`;
      }).join("");
    }
    const counts = KIND_ORDER.map((k) => {
      const n = r.findings[k] || 0;
      return `<td><span class="count ${n ? k : "zero"}" title="${KIND_LABEL[k]}">${n}</span></td>`;
    }).join("");
    html.push(`<tr><th scope="row" class="agency">${link}</th>${cells}${counts}</tr>`);
  }
  $("#o-table tbody").innerHTML = html.join("");
}

// ------------------------------------------------------------------ charts (plain SVG)
function measureOptions(sel, keep) {
  const prev = sel.value || keep;
  sel.innerHTML = state.measures.map((m) => `<option value="${m.id}">${esc(m.label)}</option>`).join("");
  if (prev && state.measures.some((m) => m.id === prev)) sel.value = prev;
}

function setupCharts(data) {
  measureOptions($("#c-measure"), "new");
  measureOptions($("#k-measure"), "new");
  const agencies = new Map();  // key → [name, reports]
  for (const r of state.ov.rows) {
    if (!r.agency_key) continue;
    const a = agencies.get(r.group) || [r.agency, 0];
    agencies.set(r.group, [a[0], a[1] + 1]);
  }
  const ca = $("#c-agency");
  const keep = ca.value;
  ca.innerHTML = [...agencies].map(([k, [n]]) => `<option value="${esc(k)}">${esc(n)}</option>`).join("");
  if (keep && agencies.has(keep)) ca.value = keep;
  else if (agencies.size) ca.value = [...agencies].sort((a, b) => b[1][1] - a[1][1])[0][0]; // the one with most years
  const ky = $("#k-year");
  const y = ky.value;
  ky.innerHTML = data.years.slice().reverse().map((x) => `<option>${x}</option>`).join("");
  if (y && data.years.includes(+y)) ky.value = y;
  else if (state.ov.rows.length) {
    // first shown: the latest year with nearly as many reports as the busiest (¾), not merely the
    // latest — a store of 2019–2024 and one early 2025 report compared that one agency with nothing
    const per = new Map();
    for (const r of state.ov.rows) if (r.year) per.set(r.year, (per.get(r.year) || 0) + 1);
    const most = Math.max(0, ...per.values());
    const best = [...per].filter(([, n]) => n * 4 >= most * 3).sort((a, b) => b[0] - a[0])[0];
    if (best) ky.value = String(best[0]);
  }
  drawTrend();
  drawCompare();
}

function svgFrame(w, h, title, desc, body) {
  const id = "c" + Math.random().toString(36).slice(2, 8);
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${id}t ${id}d"><title id="${id}t">${esc(title)}</title>` +
    `<desc id="${id}d">${esc(desc)}</desc>${body}</svg>`;
}

async function drawTrend() {
  const key = $("#c-agency").value;
  const m = state.measures.find((x) => x.id === $("#c-measure").value);
  const box = $("#trend");
  if (!key || !m) { box.innerHTML = '<p class="nodata">没有可画的数据。</p>'; return; }
  const data = await api(`/api/overview?${new URLSearchParams({ group: key, limit: 200, sort: "year" })}`);
  const pts = data.rows.filter((r) => r.year && r.figures[m.id] != null).map((r) => ({ x: r.year, y: r.figures[m.id], flag: r.flagged.includes(m.id) }));
  const name = data.rows.length ? data.rows[0].agency : key;
  if (!pts.length) { box.innerHTML = `<p class="nodata">${esc(name)}的报告中没有「${esc(m.label)}」的数字（可能是旧格式或没有表格）。</p>`; return; }
  const W = 560, H = 240, L = 56, R = 16, T = 16, B = 34;
  const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), ymax = Math.max(...ys, m.rate ? 0.01 : 1);
  const X = (x) => (x1 === x0 ? (L + W - R) / 2 : L + ((x - x0) / (x1 - x0)) * (W - L - R));
  const Y = (y) => H - B - (y / ymax) * (H - T - B);
  const ticks = [0, ymax / 2, ymax];
  let body = `<line class="axis" x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}"/><line class="axis" x1="${L}" y1="${T}" x2="${L}" y2="${H - B}"/>`;
  body += ticks.map((t) => `<text x="${L - 6}" y="${Y(t) + 4}" text-anchor="end" class="muted">${fig(m, m.rate ? t : Math.round(t))}</text>`).join("");
  body += `<polyline class="line" points="${pts.map((p) => `${X(p.x)},${Y(p.y)}`).join(" ")}"/>`;
  body += pts.map((p) => `<circle class="dot" cx="${X(p.x)}" cy="${Y(p.y)}" r="4"/><text x="${X(p.x)}" y="${Y(p.y) - 8}" text-anchor="middle">${p.flag ? "⚠" : ""}${fig(m, p.y)}</text>` +
    `<text x="${X(p.x)}" y="${H - B + 18}" text-anchor="middle" class="muted">${p.x}年</text>`).join("");
  const desc = pts.map((p) => `${p.x}年 ${fig(m, p.y)}${p.flag ? "（合计不符）" : ""}`).join("，");
  box.innerHTML = svgFrame(W, H, `${name} · ${m.label} 历年趋势`, desc, body);
}

async function drawCompare() {
  const m = state.measures.find((x) => x.id === $("#k-measure").value);
  const year = $("#k-year").value;
  const box = $("#compare");
  if (!m || !year) { box.innerHTML = '<p class="nodata">没有可画的数据。</p>'; return; }
  const data = await api(`/api/overview?${new URLSearchParams({ year, sort: m.id, desc: "true", limit: 20 })}`);
  const rows = data.rows.filter((r) => r.figures[m.id] != null);
  if (!rows.length) { box.innerHTML = `<p class="nodata">${year}年没有报告印出「${esc(m.label)}」。</p>`; return; }
  const W = 560, L = 170, R = 60, bar = 18, gap = 6, H = rows.length * (bar + gap) + 10;
  const vmax = Math.max(...rows.map((r) => r.figures[m.id]), m.rate ? 0.01 : 1);
  const body = rows.map((r, i) => {
    const v = r.figures[m.id], w = (v / vmax) * (W - L - R), y = 4 + i * (bar + gap);
    const name = (r.agency || "（未识别）").replace(/人民政府$/, "");
    const flag = r.flagged.includes(m.id);
    return `<text x="${L - 6}" y="${y + 13}" text-anchor="end">${esc(name.length > 12 ? name.slice(0, 11) + "…" : name)}</text>` +
      `<rect class="bar${flag ? " flag" : ""}" x="${L}" y="${y}" width="${Math.max(w, 1)}" height="${bar}"/>` +
      `<text x="${L + w + 4}" y="${y + 13}">${flag ? "⚠" : ""}${fig(m, v)}</text>`;
  }).join("");
  const desc = rows.map((r) => `${r.agency || "未识别"} ${fig(m, r.figures[m.id])}`).join("，");
  box.innerHTML = svgFrame(W, H, `${year}年 各机关「${m.label}」对比（前 ${rows.length} 名）`, desc, body);
}

// ------------------------------------------------------------------ findings across reports
async function loadFindings() {
  const q = new URLSearchParams();
  const year = $("#f-year").value.trim();
  if (year && !YEAR_RX.test(year)) { $("#f-msg").textContent = `年度「${year}」无法识别：请写 2022、2022年 或 2021-2023`; return; }
  $("#f-msg").textContent = "";
  if (state.f.kind) q.set("kind", state.f.kind);
  if ($("#f-check").value) q.set("check", $("#f-check").value);
  if ($("#f-agency").value.trim()) q.set("agency", $("#f-agency").value.trim());
  if ($("#f-level").value) q.set("level", $("#f-level").value);
  if (year) q.set("year", year);
  for (const [el, fmt] of [["#f-csv", "csv"], ["#f-xlsx", "xlsx"]]) {
    const e = new URLSearchParams(q); e.set("format", fmt); $(el).href = `/api/findings/export?${e}`;
  }
  q.set("limit", state.f.limit);
  q.set("offset", state.f.offset);
  const current = ticket(state.f);
  let page;
  try { page = await api(`/api/findings?${q}`); } catch (e) { if (current()) $("#f-msg").textContent = e.message; return; }
  if (!current()) return;
  const all = Object.values(page.by_kind).reduce((a, b) => a + b, 0);
  $("#f-kinds").innerHTML = [["", "全部", all], ...KIND_ORDER.map((k) => [k, page.kinds[k], page.by_kind[k] || 0])]
    .map(([k, label, n]) => `<button type="button" data-kind="${k}" aria-pressed="${state.f.kind === k}">${esc(label)} ${n}</button>`).join("");
  const sel = $("#f-check");
  const keep = sel.value;
  const counts = { ...page.by_check };
  if (keep && !(keep in counts)) counts[keep] = 0; // the choice stays, with what it finds now
  sel.innerHTML = `<option value="">全部检查</option>` + Object.entries(counts).sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `<option value="${esc(c)}">${esc(page.checks[c] || c)}（${n}）</option>`).join("");
  sel.value = keep;
  $("#f-summary").textContent = `共 ${page.total} 条`;
  $("#f-list").start = state.f.offset + 1;
  $("#f-list").innerHTML = page.items.map((i) => {
    const d = i.described;
    return `<li><a href="#/report/${i.report_id}/finding/${i.idx}">${esc(i.agency || "（机关未识别）")} ${i.year || "?"}年</a> ` +
      `<span class="tag ${d.kind}">${esc(d.kind_label)}</span><b>${esc(d.label)}</b>：${esc(d.sentence)}` +
      `<div class="rule">规则：${esc(d.rule)}</div></li>`;
  }).join("") || "<li>没有符合条件的核查发现。</li>";
  $("#f-page").textContent = page.total ? `第 ${state.f.offset + 1}–${state.f.offset + page.items.length} 条，共 ${page.total} 条` : "";
  $("#f-prev").disabled = state.f.offset === 0;
  $("#f-next").disabled = state.f.offset + page.items.length >= page.total;
}

// ------------------------------------------------------------------ one report
const VIEWS = ["welcome", "overview", "findings", "report", "chat"];

// A report that cannot be opened (a mistyped or shared link, a removed report) said so above the previous
// report's figures, tables and downloads, and the chat's 「当前报告」 still asked that one: nothing of it stays.
function unopened(message) {
  state.report = null;
  state.view = null;
  $("#view-report").classList.add("unopened");
  $("#r-title").textContent = message;
  document.title = "核验工作台";
  for (const sel of ["#r-meta", "#r-downloads", "#r-others", "#r-figures", "#r-badges", "#r-findings-list", "#r-tables-body", "#r-chart", "#r-metrics-list", "#source", "#quote-info"]) $(sel).textContent = "";
  $("#quote-bar").hidden = true;
  $("#scope-report").textContent = "当前报告";
  $("#scope-agency").textContent = "当前机关历年";
  syncScope();
}

async function openReport(id) {
  const [report, view] = await Promise.all([api(`/api/reports/${encodeURIComponent(id)}`), api(`/api/reports/${encodeURIComponent(id)}/view`)]);
  state.report = report;
  state.view = view;
  state.lastReport = report.id;
  $("#view-report").classList.remove("unopened");
  state.cells = Object.fromEntries(report.cells.map((c) => [c.key, c]));
  $("#r-title").textContent = view.title;
  document.title = `${view.title} · 核验工作台`;
  const tmpl = { GF2021: "2021版格式", GF2019: "2019版格式", LEGACY: "2019年以前的旧格式", UNKNOWN: "格式未识别" }[view.template] || view.template;
  // a container's report (a 报送函 PDF's attachment, a zip's member): the text beside the tables is not the file's own
  $("#r-meta").textContent = `${tmpl} · 原文件：${view.source_name}` + (view.carried_from ? `（报告读自：${view.carried_from}）` : "") +
    (report.agency ? "" : " · 机关名称未能识别");
  $("#r-others").innerHTML = view.others.length ? "同一机关其他年度：" + view.others.map((o) => `<a href="#/report/${o.id}">${o.year || "?"}年</a>`).join(" ") : "";
  const name = view.download_name;
  $("#r-downloads").innerHTML = `下载：<a href="${view.downloads.print}" target="_blank" rel="noopener">核验单（打印）</a> ` +
    `<a href="${view.downloads.html}" download="${esc(name)}-核验单.html">核验单 HTML</a> ` +
    `<a href="${view.downloads.json}" download="${esc(name)}.json">JSON</a> <a href="${view.downloads.csv}" download="${esc(name)}-单元格.csv">单元格 CSV</a>`;
  renderFigures(view);
  renderFindings(view);
  $("#r-tables-body").innerHTML = view.tables_html;
  $("#r-legend").hidden = !view.tables;
  setupGrid();
  $("#r-metrics-list").innerHTML = view.metrics.map((m) => {
    const quote = esc(m.quote).replace(/(\d[\d,.]*)(?!.*\d)/, "<b>$1</b>");
    return `<li><button type="button" data-i="${m.i}">${esc(m.before)}${quote}${esc(m.after)}` +
      (m.key ? `<span class="key">${esc(m.key)}</span>` : "") + "</button></li>";
  }).join("") || "<li>没有读到定量表述。</li>";
  $("#source").textContent = report.text;
  $("#quote-info").textContent = "";
  $("#quote-bar").hidden = true;
  $("#scope-report").textContent = `当前报告（${report.agency || "未识别"} ${report.year || "?"}年）`;
  $("#scope-agency").textContent = report.agency ? `${report.agency}历年` : "当前机关历年";
  syncScope();
  setTab(state.tab);
}

function renderFigures(view) {
  const r = view.figures;
  if (!r || !view.tables) { $("#r-figures").innerHTML = view.tables_note ? `<p class="note">${esc(view.tables_note)}</p>` : ""; return; }
  const show = ["new", "carry_in", "done", "carry_out", "open_rate", "deny_rate", "review", "lawsuit"];
  $("#r-figures").innerHTML = show.map((id) => {
    const m = state.measures.find((x) => x.id === id);
    if (!m) return "";
    const flag = r.flagged.includes(id);
    return `<div class="figure${flag ? " flag" : ""}" title="${esc(m.help)}${flag ? "；该数字所在的合计与各项之和不符" : ""}">` +
      `<div class="v">${fig(m, r.figures[id])}</div><div class="l">${esc(m.label)}</div></div>`;
  }).join("");
}

function renderFindings(view) {
  const fs = view.findings.map((d, i) => ({ ...d, i }));
  $("#r-badges").innerHTML = KIND_ORDER.map((k) => `<span class="count ${view.counts[k] ? k : "zero"}">${KIND_LABEL[k]} ${view.counts[k] || 0}</span>`).join("");
  const html = [];
  for (const k of KIND_ORDER) {
    const items = fs.filter((d) => d.kind === k && d.check !== "D3");
    if (!items.length) continue;
    html.push(`<div class="finding-group"><h3>${KIND_LABEL[k]} <span class="hint">${items.length} 条</span></h3><ul>` +
      items.map((d) => `<li><button type="button" class="finding ${k}" data-i="${d.i}"><span class="what">${esc(d.label)}</span>${esc(d.sentence)}` +
        `<span class="rule"><br>规则：${esc(d.rule)}</span></button></li>`).join("") + "</ul></div>");
  }
  const recovered = fs.filter((d) => d.check === "D3");
  if (recovered.length) {
    html.push(`<details class="recovered-rows"><summary>另有 ${recovered.length} 行数字在发布的文本里连在一起，已按勾稽关系唯一还原（表中斜体）</summary><ul>` +
      recovered.map((d) => `<li><button type="button" class="finding extraction_doubt" data-i="${d.i}">${esc(d.sentence)}</button></li>`).join("") + "</ul></details>");
  }
  // 「勾稽关系都成立」 only where there were tables to check (a pre-2019 report has none)
  const clean = !view.tables ? "未发现问题；这份报告没有可核对的统计表，勾稽关系未核对。"
    : view.metrics.length ? "未发现问题：三张表的勾稽关系都成立，正文数字与表格一致。" : "未发现问题：三张表的勾稽关系都成立。";
  $("#r-findings-list").innerHTML = html.join("") || `<p>${clean}</p>`;
}

function setTab(tab) {
  state.tab = tab;
  for (const b of $$("#r-tabs [role=tab]")) {
    const on = b.dataset.tab === tab;
    b.setAttribute("aria-selected", on);
    b.tabIndex = on ? 0 : -1;
  }
  const panels = { findings: "#r-findings", tables: "#r-tables", metrics: "#r-metrics", source: "#r-source-pane" };
  for (const [t, sel] of Object.entries(panels)) $(sel).dataset.hidden = NARROW.matches ? String(t !== tab) : "false";
  if (tab === "source") scrollToMark();
}

// ------------------------------------------------------------------ quotes
function highlight(start, end) {
  const t = state.report.text;
  $("#source").innerHTML = esc(t.slice(0, start)) + `<mark id="hl">${esc(t.slice(start, end))}</mark>` + esc(t.slice(end));
  scrollToMark();
}

function scrollToMark() { // inside the source pane only: the page itself does not jump
  const pre = $("#source"), m = $("#hl");
  if (!m || pre.offsetParent === null) return;
  pre.scrollTop = Math.max(0, m.offsetTop - pre.offsetTop - pre.clientHeight / 2);
}

function context(start, end) {
  const t = state.report.text;
  const a = Math.max(0, start - 24), b = Math.min(t.length, end + 24);
  return `${a > 0 ? "…" : ""}${esc(t.slice(a, start))}<mark>${esc(t.slice(start, end))}</mark>${esc(t.slice(end, b))}${b < t.length ? "…" : ""}`;
}

function showInfo(html, span) {
  $("#quote-info").innerHTML = html;
  if (span) highlight(span.start, span.end);
  if (NARROW.matches) {
    $("#quote-bar-text").innerHTML = html + (span ? `<div class="ctx">${context(span.start, span.end)}</div>` : "");
    $("#quote-bar").hidden = false;
    $("#quote-bar-source").hidden = !span;
  }
}

function cellInfo(key) {
  const c = state.cells[key];
  const value = !c ? "未读取" : c.value == null ? (c.raw && !c.raw.startsWith("glued") ? `空白（印为「${c.raw}」）` : "空白") : num(c.value);
  return `<span class="label">${esc(cellLabel(key))}</span>：<b>${esc(value)}</b>`;
}

function selectCell(td, fromRoute = false) {
  $$("td.sel").forEach((x) => x.classList.remove("sel"));
  td.classList.add("sel");
  focusCell(td, !fromRoute);
  const key = td.dataset.key;
  const related = (td.dataset.findings || "").split(" ").filter(Boolean).map(Number);
  const list = related.map((i) => state.view.findings[i]).filter((d) => d && d.check !== "D3");
  const html = cellInfo(key) + (list.length ? `<ul class="related">${related.filter((i) => state.view.findings[i].check !== "D3")
    .map((i) => `<li><button type="button" class="link-button" data-finding="${i}">${esc(state.view.findings[i].sentence)}</button></li>`).join("")}</ul>` : "");
  const c = state.cells[key];
  showInfo(html, c && c.span);
  setHash(`#/report/${state.report.id}/cell/${key}`);
  if (fromRoute) td.scrollIntoView({ block: "center" });
}

function selectFinding(i, fromRoute = false) {
  const d = state.view && state.view.findings[i];
  if (!d) return;
  $$("button.finding.active").forEach((b) => b.classList.remove("active"));
  const btn = $(`button.finding[data-i="${i}"]`);
  if (btn) btn.classList.add("active");
  $$("td.hl-total, td.hl-part").forEach((x) => x.classList.remove("hl-total", "hl-part"));
  for (const k of d.totals) { const td = $(`td[data-key="${CSS.escape(k)}"]`); if (td) td.classList.add("hl-total"); }
  for (const k of d.parts) { const td = $(`td[data-key="${CSS.escape(k)}"]`); if (td && !d.totals.includes(k)) td.classList.add("hl-part"); }
  const f = state.report.findings[i];
  const target = [...d.totals, ...d.parts].map((k) => $(`td[data-key="${CSS.escape(k)}"]`)).find(Boolean);
  const span = (f.spans && f.spans.length && f.spans[0]) || (target && state.cells[target.dataset.key] && state.cells[target.dataset.key].span);
  showInfo(`<span class="label">${esc(d.kind_label)} · ${esc(d.label)}</span>：${esc(d.sentence)}`, span);
  setHash(`#/report/${state.report.id}/finding/${i}`);
  if (target) {
    if (NARROW.matches) setTab("tables");
    $$("td.sel").forEach((x) => x.classList.remove("sel"));
    target.classList.add("sel");
    focusCell(target, true);
    target.scrollIntoView({ block: "center" });
  } else if (fromRoute && btn) {
    btn.scrollIntoView({ block: "center" });
  }
}

function selectMetric(i) {
  const m = state.report.metrics[i];
  $$("#r-metrics-list button.active").forEach((b) => b.classList.remove("active"));
  const btn = $(`#r-metrics-list button[data-i="${i}"]`);
  if (btn) btn.classList.add("active");
  showInfo(`<span class="label">正文</span>：「${esc(m.quote)}」`, m.span);
}

// ------------------------------------------------------------------ keyboard in the tables (one tab stop per table)
function setupGrid() {
  for (const table of $$("#r-tables-body table")) {
    const first = $("td[data-key]", table);
    if (first) first.tabIndex = 0;
  }
}

function focusCell(td, focus) {
  const table = td.closest("table");
  for (const x of $$("td[tabindex='0']", table)) x.tabIndex = -1;
  td.tabIndex = 0;
  if (focus) td.focus({ preventScroll: true });
}

function moveCell(td, dx, dy) {
  const r = td.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  let best = null, bestD = Infinity;
  for (const o of $$("td[data-key]", td.closest("table"))) {
    if (o === td) continue;
    const q = o.getBoundingClientRect();
    const ox = q.left + q.width / 2, oy = q.top + q.height / 2;
    const along = dx ? (ox - cx) * dx : (oy - cy) * dy;
    const across = dx ? Math.abs(oy - cy) : Math.abs(ox - cx);
    if (along <= 1) continue;
    const dist = along + across * 3;
    if (dist < bestD) { bestD = dist; best = o; }
  }
  if (best) { focusCell(best, true); best.scrollIntoView({ block: "nearest", inline: "nearest" }); }
}

// ------------------------------------------------------------------ chat
const CHAT_KEY = "xxgk.chat.v1";
let chat = [];
try { chat = JSON.parse(localStorage.getItem(CHAT_KEY) || "[]"); } catch { chat = []; }

function renderChat() {
  $("#answers").innerHTML = chat.map((e, n) => {
    const cites = (e.citations || []).map((c, i) => {
      const where = `${c.agency || ""}${c.year ? c.year + "年" : ""}`;
      const what = c.cells && c.cells.length ? c.cells.slice(0, 2).map(cellLabel).join("、") + (c.cells.length > 2 ? " 等" : "")
        : c.quote ? `「${c.quote.slice(0, 40)}${c.quote.length > 40 ? "…" : ""}」` : "";
      return `<button type="button" class="cite" data-n="${n}" data-i="${i}">[${i + 1}] ${esc(where)} ${esc(what)}</button>`;
    }).join("");
    const answer = esc(e.answer || "").replace(/\*\*(.+?)\*\*/g, "<b>$1</b>");
    const fresh = e.fresh ? '<div class="fresh">（范围已换，这一问没有接着上一问理解）</div>' : "";
    return `<div class="qa"><div class="q">问：${esc(e.q)}</div>${fresh}${e.scope ? `<div class="scope-line">${esc(e.scope)}</div>` : ""}` +
      `<div class="a">${e.pending ? "正在回答……" : answer}</div>${cites ? `<div class="cites">${cites}</div>` : ""}</div>`;
  }).join("") || '<p class="hint">可以问一份报告里的数字（「收到多少件申请？」），也可以跨报告比较（「哪个机关的行政复议最多？」）。回答附引用，点引用可看原文。</p>';
  const box = $("#answers");
  box.scrollTop = box.scrollHeight;
}

function saveChat() { try { localStorage.setItem(CHAT_KEY, JSON.stringify(chat.filter((e) => !e.pending).slice(-50))); } catch { /* full */ } }

// The chat's scope offers 「当前报告」 and 「…历年」 only once a report is open: before, the page opened on
// the overview with 「当前报告」 checked and a question went to every report under that label. A scope
// moved to 「全部报告」 for want of a report goes back to the report when one opens.
function syncScope() {
  const r = state.report;
  const one = $("input[name=scope][value=report]"), years = $("input[name=scope][value=agency]");
  one.disabled = !r;
  years.disabled = !(r && r.agency);
  const checked = $("input[name=scope]:checked");
  if (checked && checked.disabled) { $("input[name=scope][value=all]").checked = true; state.scopeMoved = true; }
  else if (r && state.scopeMoved) {
    const wanted = $(`input[name=scope][value=${state.scopeWanted || "report"}]`);
    (wanted && !wanted.disabled ? wanted : one).checked = true;
    state.scopeMoved = false;
  }
}

// The scope chosen stays over a reload, as the chat's history does: a reload mid-chat put 全部报告 back to 当前报告,
// and the next follow-up went to one report (tests/test_userprobe7.py).
const SCOPE_KEY = "xxgk.scope.v1";
function restoreScope() {
  let saved = null;
  try { saved = localStorage.getItem(SCOPE_KEY); } catch { /* no storage */ }
  const radio = saved && $(`input[name=scope][value=${saved}]`);
  if (!radio) return;
  state.scopeWanted = saved;
  radio.checked = true;
  if (saved !== "all") state.scopeMoved = true;  // (disabled until the report opens: moved back then)
}

async function ask(ev) {
  ev.preventDefault();
  const q = $("#question").value.trim();
  if (!q) return;
  const scope = $("input[name=scope]:checked").value;
  const body = { question: q };
  const r = state.report;
  let scopeText = `范围：全部 ${state.health ? state.health.reports : ""} 份报告`;
  if (scope === "report" && r) { body.report_id = r.id; scopeText = `范围：${r.agency || "（机关未识别）"} ${r.year || "?"}年报告`; }
  else if (scope === "agency" && r && r.agency) { body.agency = r.agency; scopeText = `范围：${r.agency} 历年报告`; }
  // the conversation before, each turn as it was read, earliest first: 「那2021年呢」 asks the last question again
  // with the year changed, 「两家比谁多」「回到刚才那个局…」 ask of the turns (rag/followup.py); a message the server
  // could not read is no part of it.
  // A question asked under another scope is not followed: after opening another report (or changing 本报告 /
  // 本机关 / 全部), 「行政复议呢」 went out as 「河北省教育厅2023年行政复议…」 with the new report chosen and was
  // answered 「没有找到平潭综合实验区2023年的报告」 — the old body and year against the new report. Said on the page.
  // A wider scope holds the questions before as they were asked (本报告 → 本机关历年 → 全部): followed.
  const key = body.report_id ? `report:${body.report_id}` : body.agency ? `agency:${body.agency}` : "all";
  const within = [key, ...(body.report_id && r.agency ? [`agency:${r.agency}`] : []), ...(key === "all" ? [] : ["all"])];
  const asked = chat.filter((e) => !e.pending && e.q && !e.unread);
  const before = asked[asked.length - 1];
  const same = before && (!before.within || before.within.includes(key));
  const turns = same ? asked.filter((e) => !e.within || e.within.includes(key)).map((e) => e.readAs || e.q).slice(-12) : [];
  if (turns.length) body.previous = turns;
  const entry = { q, scope: scopeText, pending: true, within, fresh: !!before && !same };
  chat.push(entry);
  renderChat();
  $("#question").value = "";
  try {
    const ans = await api("/api/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    Object.assign(entry, { answer: ans.answer, citations: ans.citations, pending: false, readAs: ans.read_as || null, unread: ans.route === "unread" });
    // a follow-up not understood asked nothing: its 「范围：全部66个机关…（71份报告）」 would say it was answered there
    if (entry.unread) entry.scope = "";
    else if (ans.scope) entry.scope = ans.scope.startsWith("范围") ? ans.scope : `范围：${ans.scope}`;
  } catch (e) {
    Object.assign(entry, { answer: "出错：" + e.message, citations: [], pending: false });
  }
  saveChat();
  renderChat();
}

async function openCitation(n, i) {
  const c = chat[n] && chat[n].citations[i];
  if (!c) return;
  if (!state.report || state.report.id !== c.report_id) await openReport(c.report_id);
  const [, view, shown] = location.hash.split("/");
  if (view !== "report") { setHash(`#/report/${c.report_id}`); await route(); }
  // a citation of another report (「当前机关历年」 cites other years) opened it under the first one's
  // address: a reload or a copied link showed the wrong report. A new entry: Back returns to the first.
  else if (decodeURIComponent(shown || "") !== c.report_id) history.pushState(null, "", `#/report/${c.report_id}`);
  const td = c.cells && c.cells.length && $(`td[data-key="${CSS.escape(c.cells[0])}"]`);
  if (td) {
    if (NARROW.matches) setTab("tables");
    selectCell(td);
    td.scrollIntoView({ block: "nearest" });
  } else if (c.span) {
    if (NARROW.matches) setTab("source");
    showInfo(`<span class="label">引用</span>：「${esc(c.quote)}」`, c.span);
  }
}

// ------------------------------------------------------------------ uploads: one request per file, a line each
async function uploadFiles(files) {
  if (!files.length) return;
  const list = $("#upload-list");
  list.innerHTML = "";
  $("#upload-total").textContent = "";
  const lines = files.map((f) => {
    const li = document.createElement("li");
    li.className = "wait";
    li.innerHTML = `<span class="file">${esc(f.name)}</span> — <span class="state">等待</span> <span class="detail"></span>`;
    list.appendChild(li);
    return li;
  });
  const results = [];
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const k = next++;
      results[k] = await uploadOne(files[k], lines[k]);
    }
  }
  await Promise.all([worker(), worker()]);
  const ok = results.filter((r) => r && r.report);
  const said = { created: 0, exists: 0, variant: 0, error: 0 };
  for (const r of results) said[r ? r.status : "error"]++;
  // the batch's count is no file: said below the list, not as its last numbered item
  $("#upload-total").textContent = `共 ${files.length} 份：新入库 ${said.created}，已存在 ${said.exists + said.variant}，失败 ${said.error}`;
  await refreshHealth();
  if (ok.length === 1 && files.length === 1) location.hash = `#/report/${ok[0].report.id}`;
  else if (location.hash.startsWith("#/overview") || !location.hash) await route();
  else location.hash = "#/overview";
}

async function uploadOne(file, li) {
  li.className = "busy";
  $(".state", li).textContent = "正在提取……";
  const form = new FormData();
  form.append("files", file);
  try {
    const res = await api("/api/reports", { method: "POST", body: form });
    const r = Array.isArray(res) ? res[0] : res;
    const status = r.status || (r.created ? "created" : "exists");
    if (status === "error" || !r.report) throw new Error(r.error || "未能入库");
    const s = r.report;
    li.className = "ok";
    $(".state", li).textContent = { created: "已入库", exists: "已存在", variant: "内容相同，记为副本" }[status] || "已入库";
    const defects = (r.findings || {}).report_defect || 0; // as the report page counts them
    const problems = defects ? `，${KIND_LABEL.report_defect} ${defects} 条` : "";
    const replaced = (r.supersedes || []).map((old) => `<a href="#/report/${esc(old)}">此前的版本</a>`).join("、");
    $(".detail", li).innerHTML = `<a href="#/report/${s.id}">${esc(s.agency || "（机关未识别）")} ${s.year || "?"}年</a>${problems}` +
      (s.tables_recoverable ? "" : "，没有读到标准统计表") +
      (replaced ? `；同一机关同一年度的新版本，取代了${replaced}（旧版仍可查看）` : "") +
      // what the reading left out: a zip's other reports (「…其余未读取：a.html、c.pdf，请分别提交」), stray bytes
      (r.read_notes || []).map((m) => `；${esc(m)}`).join("");
    if (!s.agency) askAgency(li, s.id);
    return { status, report: s };
  } catch (e) {
    li.className = "fail";
    $(".state", li).textContent = "失败";
    $(".detail", li).textContent = e.message;
    return { status: "error" };
  }
}

function askAgency(li, id) {
  const form = document.createElement("form");
  const input = `agency-${id}`;
  form.innerHTML = `<label for="${input}">未能识别出机关名称，请填写：</label><input id="${input}" required minlength="2" maxlength="60" placeholder="如 淮安市洪泽区人民政府">` +
    `<button type="submit">保存</button>`;
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const name = $("input", form).value.trim();
    try {
      const s = await api(`/api/reports/${id}/agency`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ agency: name }) });
      form.replaceWith(document.createTextNode(`（机关名称已保存：${s.agency}）`));
      $("a", li).textContent = `${s.agency} ${s.year || "?"}年`;
      if (state.report && state.report.id === id) { state.report = null; }
      await route();
    } catch (e) {
      $("label", form).textContent = "保存失败：" + e.message + "，请重试：";
    }
  });
  li.appendChild(form);
}

// ------------------------------------------------------------------ wiring
document.addEventListener("DOMContentLoaded", async () => {
  const drop = $("#drop");
  drop.addEventListener("click", () => $("#file").click());
  drop.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); $("#file").click(); } });
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); uploadFiles([...e.dataTransfer.files]); });
  $("#file").addEventListener("change", (e) => { uploadFiles([...e.target.files]); e.target.value = ""; });

  const reload = debounce(() => loadOverview());
  $("#o-agency").addEventListener("input", reload);
  $("#o-year").addEventListener("input", reload);
  $("#o-region").addEventListener("change", () => loadOverview());
  $("#o-level").addEventListener("change", () => loadOverview());
  $("#o-has").addEventListener("change", () => loadOverview());
  $("#o-filters").addEventListener("submit", (e) => { e.preventDefault(); loadOverview(); });
  $("#o-clear").addEventListener("click", () => { for (const s of ["#o-agency", "#o-year", "#o-region", "#o-level", "#o-has"]) $(s).value = ""; loadOverview(); });
  $("#o-more").addEventListener("click", () => loadOverview(true));
  $("#o-table").addEventListener("click", (e) => {
    const b = e.target.closest("button.sort");
    if (b) {
      const id = b.dataset.sort;
      if (state.ov.sort === id) state.ov.desc = !state.ov.desc;
      else { state.ov.sort = id === "agency" ? null : id; state.ov.desc = id !== "agency" && id !== "year"; }
      loadOverview().then(() => { const again = $(`button.sort[data-sort="${id}"]`); if (again) again.focus(); });
      return;
    }
    const t = e.target.closest("button[data-trend]");
    if (t) { $("#c-agency").value = t.dataset.trend; drawTrend(); $("#trend").scrollIntoView({ block: "nearest" }); }
  });
  for (const s of ["#c-agency", "#c-measure"]) $(s).addEventListener("change", drawTrend);
  for (const s of ["#k-measure", "#k-year"]) $(s).addEventListener("change", drawCompare);

  const freload = debounce(() => { state.f.offset = 0; loadFindings(); });
  $("#f-kinds").addEventListener("click", (e) => { const b = e.target.closest("button[data-kind]"); if (b) { state.f.kind = b.dataset.kind; state.f.offset = 0; loadFindings(); } });
  $("#f-check").addEventListener("change", () => { state.f.offset = 0; loadFindings(); });
  $("#f-agency").addEventListener("input", freload);
  $("#f-year").addEventListener("input", freload);
  $("#f-level").addEventListener("change", () => { state.f.offset = 0; loadFindings(); });
  $("#f-filters").addEventListener("submit", (e) => { e.preventDefault(); loadFindings(); });
  $("#f-prev").addEventListener("click", () => { state.f.offset = Math.max(0, state.f.offset - state.f.limit); loadFindings(); });
  $("#f-next").addEventListener("click", () => { state.f.offset += state.f.limit; loadFindings(); });

  $("#r-tabs").addEventListener("click", (e) => { const b = e.target.closest("[role=tab]"); if (b) setTab(b.dataset.tab); });
  $("#r-tabs").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const tabs = $$("#r-tabs [role=tab]");
    const k = tabs.indexOf(document.activeElement);
    const n = tabs[(k + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    setTab(n.dataset.tab); n.focus();
  });
  $("#r-findings-list").addEventListener("click", (e) => { const b = e.target.closest("button.finding"); if (b) selectFinding(+b.dataset.i); });
  $("#r-metrics-list").addEventListener("click", (e) => { const b = e.target.closest("button[data-i]"); if (b) selectMetric(+b.dataset.i); });
  $("#r-tables-body").addEventListener("click", (e) => { const td = e.target.closest("td[data-key]"); if (td) selectCell(td); });
  $("#r-tables-body").addEventListener("keydown", (e) => {
    const td = e.target.closest("td[data-key]");
    if (!td) return;
    const moves = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    if (moves[e.key]) { e.preventDefault(); moveCell(td, ...moves[e.key]); }
    else if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectCell(td); }
  });
  for (const box of ["#quote-info", "#quote-bar"]) {
    $(box).addEventListener("click", (e) => { const b = e.target.closest("button[data-finding]"); if (b) selectFinding(+b.dataset.finding); });
  }
  $("#quote-bar-source").addEventListener("click", () => {
    setTab("source");
    $("#quote-bar").hidden = true;
    const m = $("#hl");
    (m || $("#r-source-pane")).scrollIntoView({ block: "center" });
  });
  $("#quote-bar-close").addEventListener("click", () => { $("#quote-bar").hidden = true; });
  NARROW.addEventListener("change", () => setTab(state.tab));

  $("#ask").addEventListener("submit", ask);
  $("#answers").addEventListener("click", (e) => { const b = e.target.closest("button.cite"); if (b) openCitation(+b.dataset.n, +b.dataset.i); });
  $("#chat-clear").addEventListener("click", () => { chat = []; saveChat(); renderChat(); });
  for (const r of $$("input[name=scope]")) r.addEventListener("change", () => {
    state.scopeMoved = false;
    state.scopeWanted = r.value;
    try { localStorage.setItem(SCOPE_KEY, r.value); } catch { /* full */ }
  });
  restoreScope();
  syncScope();
  renderChat();

  window.addEventListener("hashchange", route);
  const [health, labels] = await Promise.all([refreshHealth(), api("/api/labels")]);
  state.labels = labels;
  if (!state.measures.length && state.health.reports) {
    try { state.measures = (await api("/api/overview?limit=1")).measures; } catch { /* shown by the view */ }
  }
  await route();
});
