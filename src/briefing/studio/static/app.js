// briefing studio: the page. No framework, no network but the studio's own server.
"use strict";

const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("studio-token") || "";
let draft = null;       // the draft's view, as the server gives it
let swapping = null;    // {segment, line} while a sentence of the article is being chosen
let chapters = [];

function fail(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

async function api(path, options = {}) {
  const headers = Object.assign({ "X-Studio": "1" }, options.headers || {});
  if (token) headers["X-Studio-Token"] = token;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(options.json);
  }
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401) {
    $("token").hidden = false;
    $("new").hidden = true;
  }
  const data = await response.json().catch(() => ({ error: "the studio did not answer" }));
  if (!response.ok) {
    fail(data.error || `error ${response.status}`);
    throw new Error(data.error);
  }
  fail("");
  return data;
}

function clock(seconds) {
  const m = Math.floor(seconds / 60);
  const s = (seconds - 60 * m).toFixed(1).padStart(4, "0");
  return `${m}:${s}`;
}

function formOptions() {
  return { template: $("template").value, voice: $("voice").value,
           duration: $("duration").value, loudness: $("loudness").value,
           format: $("format").value };
}

function fill(select, names, chosen) {
  select.replaceChildren(...names.map((name) => {
    const option = document.createElement("option");
    option.value = option.textContent = name;
    option.selected = name === chosen;
    return option;
  }));
}

async function start() {
  const options = await api("/api/options");
  fill($("template"), options.templates.map((t) => t.name), options.defaults.template);
  fill($("voice"), options.voices, options.defaults.voice);
  fill($("loudness"), options.loudness, options.defaults.loudness);
  $("duration").value = options.defaults.duration;
}

$("token-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  token = $("token-value").value;
  sessionStorage.setItem("studio-token", token);
  $("token").hidden = true;
  $("new").hidden = false;
  await start();
});

$("add-story").addEventListener("click", () => {
  const more = document.createElement("textarea");
  more.rows = 6;
  more.className = "story";
  more.placeholder = `Story ${$("more-stories").children.length + 2}: paste it here`;
  $("more-stories").append(more);
  if ($("duration").value === "60") $("duration").value = "3:00";
});

$("new-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = $("file").files[0];
  const stories = [$("text"), ...document.querySelectorAll("#more-stories textarea")]
    .map((t) => t.value).filter((t) => t.trim());
  let view;
  if (stories.length > 1) {
    view = await api("/api/drafts", { method: "POST",
      json: { stories, options: formOptions() } });
  } else if (file) {
    const query = new URLSearchParams(formOptions());
    view = await api(`/api/drafts/upload?${query}`, { method: "POST", body: file });
  } else if ($("url").value.trim()) {
    view = await api("/api/drafts", { method: "POST",
      json: { url: $("url").value.trim(), options: formOptions() } });
  } else {
    view = await api("/api/drafts", { method: "POST",
      json: { text: $("text").value, options: formOptions() } });
  }
  show(view);
});

// The options stay live: a new length or template re-times the running order at once.
for (const id of ["template", "voice", "duration", "loudness", "format"]) {
  $(id).addEventListener("change", async () => {
    if (!draft) return;
    const view = await api(`/api/drafts/${draft.id}/options`, { method: "PUT",
                                                               json: formOptions() });
    show(view);
    if (view.edits_dropped) fail("Options changed: the script was planned again from the article.");
  });
}

function show(view) {
  draft = view;
  $("work").hidden = false;
  $("title").textContent = view.title;
  const over = view.total - view.target;
  $("total").textContent = `${view.total.toFixed(1)} s of ${view.target.toFixed(1)} s`;
  $("fit").textContent = view.fits ? "fits the clock"
    : over > 0 ? `runs ${over.toFixed(1)} s over: cut or drop a line`
               : `runs ${(-over).toFixed(1)} s short: swap in a sentence`;
  $("fit").className = view.fits ? "fits" : over > 0 ? "over" : "under";
  drawTimeline(view);
  drawScript(view);
  drawArticle(view);
}

function items(view) {
  // A bulletin's bar shows its running order (each story whole); a briefing's, its segments.
  if (view.kind !== "bulletin") return view.segments;
  const out = [];
  for (const seg of view.segments) {
    const last = out[out.length - 1];
    if (last && last.item === seg.item) last.end = seg.end;
    else out.push({ id: seg.id, item: seg.item, title: seg.title, start: seg.start, end: seg.end });
  }
  return out;
}

function drawTimeline(view) {
  const whole = Math.max(view.total, view.target);
  const bar = $("timeline");
  bar.replaceChildren(...items(view).map((seg) => {
    const block = document.createElement("div");
    block.className = "seg";
    block.dataset.id = seg.id;
    block.style.width = `${(100 * (seg.end - seg.start)) / whole}%`;
    block.textContent = `${seg.title} ${(seg.end - seg.start).toFixed(1)} s`;
    block.title = `${seg.title}: ${clock(seg.start)} to ${clock(seg.end)}`;
    block.addEventListener("click", () => {
      document.querySelector(`.segment[data-id="${seg.id}"]`)?.scrollIntoView();
    });
    return block;
  }));
  const target = document.createElement("div");
  target.className = "target";
  target.style.left = `${(100 * view.target) / whole}%`;
  target.title = `target ${view.target} s`;
  bar.append(target);
}

function drawScript(view) {
  $("script").replaceChildren(...view.segments.map((seg) => {
    const box = document.createElement("div");
    box.className = "segment";
    box.dataset.id = seg.id;
    const head = document.createElement("h4");
    head.innerHTML = `<span></span> <small></small>`;
    head.firstChild.textContent = seg.title;
    head.lastChild.textContent = `${clock(seg.start)} · ${(seg.end - seg.start).toFixed(1)} s`;
    box.append(head);
    seg.lines.forEach((line, k) => box.append(drawLine(seg, line, k, view.kind)));
    return box;
  }));
}

function drawLine(seg, line, k, kind) {
  const row = document.createElement("div");
  row.className = "line";
  const text = document.createElement("span");
  text.className = "text";
  text.textContent = line.text;
  if (line.rewrites.length || (line.written && line.written !== line.text)) {
    const note = document.createElement("span");
    note.className = "note";
    note.textContent = `rewritten (${line.rewrites.join(", ") || "for the ear"}); the article: `
      + (line.written || "");
    text.append(note);
  }
  row.addEventListener("click", () => highlight(row, line.key));
  if (kind === "bulletin") {  // a bulletin's lines are its stories' own
    row.append(text);
    return row;
  }
  const edit = button("Edit", async () => {
    if (text.isContentEditable) {
      text.contentEditable = "false";
      const view = await api(`/api/drafts/${draft.id}/edit`, { method: "POST",
        json: { segment: seg.id, line: k, action: "edit", text: text.innerText } });
      show(view);
    } else {
      text.textContent = line.text;
      text.contentEditable = "true";
      text.focus();
      edit.textContent = "Save";
    }
  });
  const drop = button("Drop", async () => {
    show(await api(`/api/drafts/${draft.id}/edit`, { method: "POST",
      json: { segment: seg.id, line: k, action: "drop" } }));
  });
  const swap = button("Swap", () => {
    swapping = { segment: seg.id, line: k };
    $("article").classList.add("swapping");
    fail("Choose the article sentence to say instead (click it).");
  });
  row.append(text, edit, drop, swap);
  return row;
}

function button(label, action) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", (event) => { event.stopPropagation(); action(); });
  return b;
}

function highlight(row, key) {
  document.querySelectorAll(".line.active").forEach((r) => r.classList.remove("active"));
  document.querySelectorAll(".sent.source").forEach((s) => s.classList.remove("source"));
  row.classList.add("active");
  if (key === null || key === undefined) return;
  const sentence = [...document.querySelectorAll(".sent")].find((s) => s.dataset.key === key);
  if (sentence) {
    sentence.classList.add("source");
    sentence.scrollIntoView({ block: "nearest" });
  }
}

function drawArticle(view) {
  const used = new Set(view.segments.flatMap((s) => s.lines.map((l) => l.key)));
  const paragraphs = new Map();
  for (const s of view.article) {
    if (s.heading && view.kind === "bulletin") {
      const head = document.createElement("h4");
      head.textContent = s.heading;
      paragraphs.set(`head ${s.key}`, head);
    }
    if (!paragraphs.has(s.paragraph)) paragraphs.set(s.paragraph, document.createElement("p"));
    const span = document.createElement("span");
    span.className = "sent" + (used.has(s.key) ? " used" : "");
    span.dataset.key = s.key;
    span.textContent = s.text + " ";
    span.addEventListener("click", async () => {
      if (!swapping) return;
      const chosen = swapping;
      swapping = null;
      $("article").classList.remove("swapping");
      show(await api(`/api/drafts/${draft.id}/edit`, { method: "POST",
        json: { segment: chosen.segment, line: chosen.line, action: "swap", source: s.index } }));
    });
    paragraphs.get(s.paragraph).append(span);
  }
  $("article").replaceChildren(...paragraphs.values());
}

$("render").addEventListener("click", async () => {
  $("player").hidden = true;
  let state = await api(`/api/drafts/${draft.id}/render`, { method: "POST" });
  while (state.state === "rendering") {
    $("progress").textContent = `${state.stage}… ${state.seconds.toFixed(0)} s`;
    await new Promise((done) => setTimeout(done, 500));
    state = await api(`/api/drafts/${draft.id}/render`);
  }
  if (state.state === "failed") {
    $("progress").textContent = "";
    fail(state.error);
    return;
  }
  $("progress").textContent = `rendered in ${state.seconds.toFixed(1)} s`;
  await player(state.result);
});

async function player(result) {
  chapters = result.chapters;
  const stamp = Date.now();
  $("audio").src = `/api/drafts/${draft.id}/audio?t=${stamp}`;
  $("player").hidden = false;
  for (const [id, kind] of [["dl-mp3", "mp3"], ["dl-wav", "wav"], ["dl-json", "json"],
                            ["dl-script", "script"]]) {
    $(id).href = `/api/drafts/${draft.id}/files/${kind}`;
  }
  $("wav-link").hidden = !result.wav;
  const loud = result.loudness;
  const ok = (loud.target_lufs === null || Math.abs(loud.lufs - loud.target_lufs) <= 1)
    && (loud.ceiling_dbtp === null || loud.true_peak_dbtp <= loud.ceiling_dbtp);
  $("measured").textContent = `${result.seconds.toFixed(2)} s; loudness ${loud.lufs.toFixed(1)} LUFS`
    + (loud.target_lufs !== null ? ` (${loud.preset}: ${loud.target_lufs})` : "")
    + `, true peak ${loud.true_peak_dbtp.toFixed(1)} dBTP`
    + (loud.ceiling_dbtp !== null ? ` (ceiling ${loud.ceiling_dbtp})` : "")
    + (ok ? ": meets the preset" : ": misses the preset");
  $("chapters").replaceChildren(...chapters.map((c) => button(`${clock(c.start)} ${c.title}`,
    () => playFrom(c.start))));
  const wave = await api(`/api/drafts/${draft.id}/waveform`);
  drawWave(wave);
}

function playFrom(seconds) {
  const audio = $("audio");
  audio.currentTime = seconds;
  audio.play().catch(() => {});
}

function drawWave(wave) {
  const canvas = $("wave");
  const g = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height;
  g.clearRect(0, 0, w, h);
  g.fillStyle = "#2f5d8a";
  wave.peaks.forEach((p, i) => {
    const x = (i / wave.peaks.length) * w;
    const y = Math.min(1, p) * (h / 2 - 2);
    g.fillRect(x, h / 2 - y, Math.max(1, w / wave.peaks.length - 0.5), 2 * y);
  });
  g.fillStyle = "#b4232a";
  for (const c of chapters) g.fillRect((c.start / wave.seconds) * w, 0, 2, h);
  canvas.onclick = (event) => {
    const box = canvas.getBoundingClientRect();
    playFrom(((event.clientX - box.left) / box.width) * wave.seconds);
  };
}

$("discard").addEventListener("click", async () => {
  await api(`/api/drafts/${draft.id}`, { method: "DELETE" });
  draft = null;
  $("work").hidden = true;
  $("player").hidden = true;
});

$("approve-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const done = await api(`/api/drafts/${draft.id}/approve`, { method: "POST",
                                                            json: { who: $("who").value } });
  $("approved").textContent = `Approved: ${done.files.join(", ")}`;
});

start().catch(() => {});
