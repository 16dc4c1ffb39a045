"use strict";
// The web page: upload, list, report view (tables like the official template), quotes, chart, chat.
const $ = (s) => document.querySelector(s);
let current = null; // the report shown
const T3 = [["r1", "予以公开"], ["r2", "部分公开"], ["S3", "不予公开"], ["S4", "无法提供"], ["S5", "不予处理"], ["S6", "其他处理"], ["carry_out", "结转下年度"]];

async function api(path, opts) {
  const res = await fetch(path, opts);
  const ct = res.headers.get("content-type") || "";
  const body = ct.includes("json") ? await res.json() : await res.text();
  if (!res.ok) throw new Error((body && body.detail) || res.statusText);
  return body;
}
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

async function refreshList() {
  const q = new URLSearchParams();
  if ($("#f-agency").value) q.set("agency", $("#f-agency").value);
  if (/^\d{4}$/.test($("#f-year").value)) q.set("year", $("#f-year").value);
  if ($("#f-bad").checked) q.set("has_findings", "true");
  const rows = await api("/api/reports?" + q);
  $("#reports").innerHTML = rows.map((r) => `<li data-id="${r.id}" class="${current && current.id === r.id ? "active" : ""}">
    ${esc(r.agency || r.source)} · ${r.year || "?"}年 · ${r.template} ${r.n_errors ? `<span class="badge">${r.n_errors}</span>` : ""}</li>`).join("");
  const h = await api("/api/health");
  $("#health").textContent = `共 ${h.reports} 份报告${h.llm ? " · LLM 已配置" : " · 离线规则模式"}`;
}

async function upload(files) {
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append("files", f);
  $("#upload-status").textContent = "正在提取……";
  try {
    const res = await api("/api/reports", { method: "POST", body: form });
    const said = { created: "已入库", exists: "已存在", variant: "内容相同，记为副本" };
    $("#upload-status").textContent = res.map((r) => r.report
      ? `${said[r.status] || "已入库"}${r.supersedes && r.supersedes.length ? "（取代旧版本）" : ""}：${r.report.agency || r.report.source}`
      : `失败：${r.filename}：${r.error}`).join("；");
    await refreshList();
    const stored = res.filter((r) => r.report);
    if (stored.length) await openReport(stored[stored.length - 1].report.id);
  } catch (e) {
    $("#upload-status").textContent = "上传失败：" + e.message;
  }
}

function subtotal(values, name) {
  const group = "r" + name[1];
  const keys = Object.keys(values).filter((k) => new RegExp(`^t3\\.${group}_\\d\\.tot$`).test(k));
  if (!keys.length && values[`t3.${group}.tot`] !== undefined) keys.push(`t3.${group}.tot`);
  return keys.reduce((s, k) => s + (values[k] || 0), 0);
}

function drawChart(values) {
  const data = T3.map(([k, label]) => [label, k.startsWith("S") ? subtotal(values, k) : values[`t3.${k}.tot`] || 0]);
  const max = Math.max(1, ...data.map((d) => d[1]));
  const rows = data.map(([label, v], i) => `<g transform="translate(0,${i * 22})"><text x="0" y="14" font-size="12">${label}</text>
    <rect x="80" y="3" height="14" width="${(200 * v) / max}" fill="#c53030"></rect><text x="${86 + (200 * v) / max}" y="14" font-size="12">${v}</text></g>`);
  $("#chart").innerHTML = `<svg width="330" height="${data.length * 22}" role="img" aria-label="办理结果图">${rows.join("")}</svg>`;
}

function highlight(start, end, info) {
  const t = current.text;
  $("#source").innerHTML = esc(t.slice(0, start)) + `<mark id="hl">${esc(t.slice(start, end))}</mark>` + esc(t.slice(end));
  $("#quote-info").textContent = info || "";
  const m = $("#hl");
  if (m) m.scrollIntoView({ block: "center" });
}

async function openReport(id) {
  current = await api(`/api/reports/${id}`);
  const values = Object.fromEntries(current.cells.map((c) => [c.key, c.value]));
  $("#empty").hidden = true;
  $("#report").hidden = false;
  $("#r-title").textContent = `${current.agency || "（机关未识别）"} ${current.year || "?"}年 政府信息公开工作年度报告`;
  $("#r-meta").textContent = `格式：${current.template} · 来源：${current.source} · 报告 id：${current.id}`;
  const shown = current.findings.filter((f) => f.kind !== "extraction_doubt" || f.check !== "D3");
  $("#findings").innerHTML = shown.length ? shown.map((f) => `<li class="sev-${f.severity}">[${f.check}] ${esc(f.message)}</li>`).join("") : "<li>未发现问题</li>";
  $("#metrics").innerHTML = current.metrics.map((m, i) => `<li data-i="${i}">${esc(m.label || "")}：<b>${m.value}${esc(m.unit || "")}</b>${m.qualifier ? "（" + esc(m.qualifier) + "）" : ""}</li>`).join("") || "<li>无</li>";
  $("#tables").innerHTML = await api(`/api/reports/${id}/tables.html`);
  drawChart(values);
  $("#source").textContent = current.text;
  $("#quote-info").textContent = "";
  refreshList();
}

function clickCell(td) {
  document.querySelectorAll("td.sel").forEach((x) => x.classList.remove("sel"));
  td.classList.add("sel");
  const key = td.dataset.key;
  const cell = current.cells.find((c) => c.key === key);
  const related = current.findings.filter((f) => f.cells.includes(key)).map((f) => `[${f.check}] ${f.message}`);
  const info = `${key}：${cell ? (cell.value ?? "（空白）") : "（未读取）"}` + (related.length ? "　" + related.join("；") : "");
  if (cell && cell.span) highlight(cell.span.start, cell.span.end, info);
  else $("#quote-info").textContent = info;
}

async function ask(ev) {
  ev.preventDefault();
  const q = $("#question").value.trim();
  if (!q) return;
  const scope = document.querySelector("input[name=scope]:checked").value;
  const body = { question: q };
  if (scope === "report" && current) body.report_id = current.id;
  const box = document.createElement("div");
  box.className = "qa";
  box.innerHTML = `<div class="q">问：${esc(q)}</div><div class="a">……</div>`;
  $("#answers").appendChild(box);
  try {
    const ans = await api("/api/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const cites = ans.citations.map((c, i) => `<span class="cite" data-i="${i}">[${i + 1}] ${esc((c.agency || "") + (c.year || ""))}${c.cells.length ? " " + esc(c.cells.slice(0, 3).join("、")) : ""}</span>`).join("");
    box.querySelector(".a").innerHTML = `${esc(ans.answer).replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")}<div>${cites}</div>`;
    box.querySelectorAll(".cite").forEach((el) => el.addEventListener("click", async () => {
      const c = ans.citations[+el.dataset.i];
      if (!current || current.id !== c.report_id) await openReport(c.report_id);
      if (c.cells.length) {
        const td = document.querySelector(`td[data-key="${c.cells[0]}"]`);
        if (td) clickCell(td);
      } else if (c.span) highlight(c.span.start, c.span.end, c.quote);
    }));
  } catch (e) {
    box.querySelector(".a").textContent = "出错：" + e.message;
  }
  $("#question").value = "";
}

document.addEventListener("DOMContentLoaded", () => {
  const drop = $("#drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); upload([...e.dataTransfer.files]); });
  $("#file").addEventListener("change", (e) => upload([...e.target.files]));
  for (const id of ["#f-agency", "#f-year", "#f-bad"]) $(id).addEventListener("input", refreshList);
  $("#reports").addEventListener("click", (e) => { const li = e.target.closest("li"); if (li) openReport(li.dataset.id); });
  $("#tables").addEventListener("click", (e) => { const td = e.target.closest("td[data-key]"); if (td) clickCell(td); });
  $("#metrics").addEventListener("click", (e) => {
    const li = e.target.closest("li[data-i]");
    if (!li) return;
    const m = current.metrics[+li.dataset.i];
    highlight(m.span.start, m.span.end, `「${m.quote}」`);
  });
  $("#ask").addEventListener("submit", ask);
  refreshList();
});
