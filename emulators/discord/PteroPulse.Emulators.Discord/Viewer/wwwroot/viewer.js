// Discord emulator viewer: renders a channel like Discord and lets you act as a member. Plain DOM, no build step.
// Elements carry data-* attributes (data-message-id, data-embed, data-custom-id, ...) so browser tests can find them.
"use strict";

const state = { world: null, guild: null, channelId: null, memberId: null };
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

// Minimal markdown: **bold**, *italic*, `code`; everything else stays text (no HTML injection).
function markdown(text) {
  const out = document.createDocumentFragment();
  const pattern = /(\*\*[^*]+\*\*|`[^`]+`|\*[^*]+\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.append(text.slice(last, match.index));
    const token = match[0];
    if (token.startsWith("**")) out.append(el("strong", { text: token.slice(2, -2) }));
    else if (token.startsWith("`")) out.append(el("code", { text: token.slice(1, -1) }));
    else out.append(el("em", { text: token.slice(1, -1) }));
    last = match.index + token.length;
  }
  out.append(text.slice(last));
  return out;
}

const colour = (value) => value == null ? "#1e1f22" : "#" + value.toString(16).padStart(6, "0");
const time = (iso) => iso ? new Date(iso).toLocaleString() : "";

function renderEmbed(embed, index) {
  const node = el("div", { class: "embed", "data-embed": index, style: `border-left-color:${colour(embed.color)}` });
  if (embed.thumbnail?.url) node.append(el("img", { class: "embed-thumbnail", src: embed.thumbnail.url, "data-embed-thumbnail": index, alt: "" }));
  if (embed.author?.name) {
    node.append(el("div", { class: "embed-author", "data-embed-author": index },
      embed.author.icon_url ? el("img", { src: embed.author.icon_url, alt: "" }) : null, embed.author.name));
  }
  if (embed.title) {
    const title = el("div", { class: "embed-title", "data-embed-title": index });
    title.append(embed.url ? el("a", { href: embed.url, target: "_blank", text: embed.title }) : embed.title);
    node.append(title);
  }
  if (embed.description) node.append(el("div", { class: "embed-description", "data-embed-description": index }, markdown(embed.description)));
  if (embed.fields?.length) {
    node.append(el("div", { class: "embed-fields" }, embed.fields.map((f, i) =>
      el("div", { class: "embed-field" + (f.inline ? " inline" : ""), "data-embed-field": i },
        el("div", { class: "embed-field-name", text: f.name }), el("div", { class: "embed-field-value" }, markdown(f.value))))));
  }
  if (embed.image?.url) node.append(el("img", { class: "embed-image", src: embed.image.url, "data-embed-image": index, alt: embed.title || "" }));
  if (embed.footer?.text || embed.timestamp) {
    node.append(el("div", { class: "embed-footer", "data-embed-footer": index },
      embed.footer?.icon_url ? el("img", { src: embed.footer.icon_url, alt: "" }) : null,
      [embed.footer?.text, time(embed.timestamp)].filter(Boolean).join(" • ")));
  }
  return node;
}

function renderComponent(component, message) {
  if (component.type === 2) {
    if (component.style === 5) {
      return el("a", { class: "btn style-5", href: component.url, target: "_blank", "data-component": "link", text: component.label || component.url });
    }
    return el("button", {
      class: `btn style-${component.style}`, type: "button", disabled: !!component.disabled,
      "data-component": "button", "data-custom-id": component.custom_id, "data-style": component.style,
      text: [component.emoji?.name, component.label].filter(Boolean).join(" "),
      onclick: () => act({ kind: "button", messageId: message.id, customId: component.custom_id }),
    });
  }
  if (component.type === 3) {
    const select = el("select", {
      class: "select", disabled: !!component.disabled, "data-component": "select", "data-custom-id": component.custom_id,
      multiple: (component.max_values ?? 1) > 1,
      onchange: (event) => act({ kind: "select", messageId: message.id, customId: component.custom_id, values: [...event.target.selectedOptions].map(o => o.value) }),
    });
    select.append(el("option", { value: "", disabled: true, selected: true, text: component.placeholder || "Make a selection" }));
    for (const option of component.options || []) select.append(el("option", { value: option.value, text: option.label, title: option.description || "" }));
    return select;
  }
  return el("span", { text: `[component type ${component.type}]` });
}

function renderMessage(message) {
  const ephemeral = (message.flags & 64) !== 0;
  const loading = (message.flags & 128) !== 0;
  const node = el("article", { class: "message" + (ephemeral ? " ephemeral" : ""), id: `message-${message.id}`, "data-message-id": message.id, "data-ephemeral": ephemeral ? "true" : "false" });
  node.append(el("div", { class: "head" },
    el("span", { class: "author", text: message.author?.global_name || message.author?.username || "?" }),
    message.author?.bot ? el("span", { class: "badge", text: "App" }) : null,
    el("span", { class: "time", text: time(message.timestamp) }),
    message.edited_timestamp ? el("span", { class: "edited", text: "(edited)" }) : null));
  const invoker = message.interaction_metadata?.user;
  if (message.interaction_metadata?.name) node.append(el("div", { class: "time", "data-interaction-name": message.interaction_metadata.name, text: `${invoker?.global_name || invoker?.username || "Someone"} used /${message.interaction_metadata.name}` }));
  if (loading) node.append(el("div", { class: "loading", "data-loading": "true", text: `${message.author?.username} is thinking…` }));
  if (message.content) node.append(el("div", { class: "content", "data-content": "true" }, markdown(message.content)));
  (message.embeds || []).forEach((embed, i) => node.append(renderEmbed(embed, i)));
  for (const attachment of message.attachments || []) {
    node.append((attachment.content_type || "").startsWith("image/")
      ? el("img", { class: "attachment", src: attachment.url, "data-attachment-id": attachment.id, alt: attachment.description || attachment.filename })
      : el("a", { href: attachment.url, "data-attachment-id": attachment.id, text: attachment.filename }));
  }
  for (const row of message.components || []) {
    node.append(el("div", { class: "row", "data-row": "true" }, (row.components || [row]).map(c => renderComponent(c, message))));
  }
  if (ephemeral) node.append(el("div", { class: "ephemeral-note", text: "Only you can see this" }));
  return node;
}

async function loadMessages() {
  if (!state.channelId) return;
  const response = await fetch(`/viewer/api/channels/${state.channelId}/messages?asUser=${state.memberId}`);
  const messages = await response.json();
  const pane = $("messages");
  pane.replaceChildren(...messages.map(renderMessage));
  pane.scrollTop = pane.scrollHeight;
  pane.dataset.loaded = String(messages.length);
}

function status(text, isError) {
  const node = $("action-status");
  node.textContent = text;
  node.classList.toggle("error", !!isError);
}

async function act(action) {
  const body = { ...action, userId: state.memberId, channelId: state.channelId };
  const response = await fetch("/viewer/api/act", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const result = await response.json();
  if (!response.ok) { status(result.message, true); return null; }
  status(result.delivered ? `Interaction ${result.id} sent to the bot` : `Not delivered: ${result.problem}`, !result.delivered);
  $("action-status").dataset.interactionId = result.id;
  if (result.delivered && action.kind !== "autocomplete") watchAnswer(result.id);
  return result;
}

// Opens the bot's modal (type 9) when it answers with one; Discord shows "This interaction failed" when the bot
// does not answer within 3 seconds.
async function watchAnswer(id) {
  for (let waited = 0; waited <= 3200; waited += 200) {
    const info = await (await fetch(`/viewer/api/interactions/${id}`)).json();
    if (info.modal) { openModal(id, info.modal); return; }
    if (info.response_type != null) return;
    await new Promise(r => setTimeout(r, 200));
  }
  if ($("action-status").dataset.interactionId === id) status("This interaction failed", true);
}

function openModal(interactionId, modal) {
  const dialog = el("dialog", { class: "modal", "data-testid": "modal", "data-modal-id": modal.custom_id });
  const form = el("form", { method: "dialog" }, el("h2", { text: modal.title || "" }));
  for (const input of modal.inputs) {
    const attrs = { "data-modal-field": input.custom_id, placeholder: input.placeholder || "", required: input.required !== false };
    form.append(el("label", { text: input.label || input.custom_id }), input.style === 2 ? el("textarea", attrs) : el("input", attrs));
  }
  form.append(el("button", { type: "submit", "data-testid": "modal-submit", text: "Submit" }));
  form.addEventListener("submit", () => {
    const fields = {};
    for (const field of form.querySelectorAll("[data-modal-field]")) fields[field.dataset.modalField] = field.value;
    act({ kind: "modal", modalOf: interactionId, fields });
    dialog.remove();
  });
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
}

function commandOptions() {
  const name = $("command-select").value;
  const command = state.guild.commands.find(c => c.name === name);
  const holder = $("command-options");
  holder.replaceChildren();
  for (const option of command?.options || []) {
    if (option.type === 1 || option.type === 2) continue;
    const id = `option-${option.name}`;
    const input = option.choices?.length
      ? el("select", { id, "data-option-name": option.name }, option.choices.map(c => el("option", { value: c.value, text: c.name })))
      : el("input", { id, "data-option-name": option.name, "data-option-type": option.type, placeholder: option.description, list: option.autocomplete ? `${id}-choices` : null, required: !!option.required });
    if (option.autocomplete) {
      holder.append(el("datalist", { id: `${id}-choices` }));
      input.addEventListener("input", () => autocomplete(command, option.name));
    }
    holder.append(el("span", { class: "option" }, el("label", { for: id, text: option.name }), input));
  }
}

function optionValues() {
  const values = {};
  for (const input of document.querySelectorAll("[data-option-name]")) {
    if (input.value === "") continue;
    const type = Number(input.dataset.optionType);
    values[input.dataset.optionName] = type === 4 || type === 10 ? Number(input.value) : type === 5 ? input.value === "true" : input.value;
  }
  return values;
}

async function autocomplete(command, focused) {
  const result = await act({ kind: "autocomplete", command: command.name, options: optionValues(), focused });
  if (!result) return;
  for (let i = 0; i < 20; i++) {
    await new Promise(r => setTimeout(r, 150));
    const info = await (await fetch(`/viewer/api/interactions/${result.id}`)).json();
    if (info.autocomplete_choices) {
      $(`option-${focused}-choices`).replaceChildren(...info.autocomplete_choices.map(c => el("option", { value: c.value, text: c.name })));
      return;
    }
  }
}

function selectChannel(id) {
  state.channelId = id;
  const channel = state.guild.channels.find(c => c.id === id);
  $("channel-name").textContent = channel?.name ?? "";
  for (const li of document.querySelectorAll("#channels li")) li.classList.toggle("active", li.dataset.channelId === id);
  loadMessages();
}

async function loadWorld() {
  state.world = await (await fetch("/viewer/api/world")).json();
  state.guild = state.world.guilds[0];
  $("guild-name").textContent = state.guild?.name ?? "(no guild)";
  const online = state.world.gateway_sessions > 0 || !!state.world.interactions_endpoint;
  $("bot-status").className = online ? "online" : "offline";
  $("bot-status").textContent = `${state.world.bot.username}: ${state.world.gateway_sessions} gateway session(s)` + (state.world.interactions_endpoint ? ", HTTP interactions" : "");
  $("channels").replaceChildren(...(state.guild?.channels || []).filter(c => c.type === 0 || c.type === 5).map(c =>
    el("li", { "data-channel-id": c.id, text: `# ${c.name}`, onclick: () => selectChannel(c.id) })));
  const members = $("member-select");
  const previous = state.memberId;
  members.replaceChildren(...(state.guild?.members || []).map(m => el("option", { value: m.user.id, text: m.nick || m.user.global_name || m.user.username })));
  state.memberId = previous ?? members.value;
  members.value = state.memberId;
  const commands = $("command-select");
  const chosen = commands.value;
  commands.replaceChildren(...(state.guild?.commands || []).map(c => el("option", { value: c.name, text: c.name })));
  if (chosen) commands.value = chosen;
  commandOptions();
}

async function start() {
  await loadWorld();
  const params = new URLSearchParams(location.search);
  if (params.get("member")) { state.memberId = params.get("member"); $("member-select").value = state.memberId; }
  selectChannel(params.get("channel") || state.guild?.channels.find(c => c.type === 0)?.id);
  $("member-select").addEventListener("change", (e) => { state.memberId = e.target.value; loadMessages(); });
  $("command-select").addEventListener("focus", loadWorld);
  $("command-select").addEventListener("change", commandOptions);
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    act({ kind: "command", command: $("command-select").value, options: optionValues() });
  });
  const events = new EventSource("/viewer/api/events");
  events.addEventListener("channel", (event) => { if (event.data === state.channelId) loadMessages(); });
  events.addEventListener("world", async () => {
    await loadWorld();
    const current = state.guild?.channels.find(c => c.id === state.channelId);
    selectChannel(current ? state.channelId : state.guild?.channels.find(c => c.type === 0)?.id);
  });
  events.addEventListener("open", () => document.body.dataset.live = "true");
  document.body.dataset.ready = "true";
}

start();
