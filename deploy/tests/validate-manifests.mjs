#!/usr/bin/env node
// Validates every document of a multi-document YAML stream (kubectl kustomize output, or files named as arguments)
// against the Kubernetes schemas shipped in kubernetes-models, offline. A kind it has no schema for is an error,
// never a silent pass. Prints one line per document; exits 1 when any document is invalid.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

// Kinds from CRDs that our manifests may use, with the package that models them.
const customResourcePackages = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = customResourcePackages[group] ?? "kubernetes-models";
  try {
    const module = await import(`${pkg}/${apiVersion}/${kind}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

async function validate(document) {
  const { apiVersion, kind, metadata } = document ?? {};
  const name = `${kind ?? "?"}/${metadata?.name ?? "?"}`;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return [name, "missing apiVersion or kind"];
  }
  const Model = await modelFor(apiVersion, kind);
  if (!Model) {
    return [name, `no schema for ${apiVersion} ${kind}`];
  }
  try {
    new Model(document).validate();
    return [name, null];
  } catch (error) {
    return [name, error.message];
  }
}

const sources = process.argv.length > 2
  ? process.argv.slice(2).map((file) => [file, readFileSync(file, "utf8")])
  : [["<stdin>", readFileSync(0, "utf8")]];

let invalid = 0;
let checked = 0;
for (const [source, text] of sources) {
  for (const parsed of parseAllDocuments(text)) {
    if (parsed.errors.length > 0) {
      invalid++;
      console.log(`INVALID ${source}: YAML: ${parsed.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const document = parsed.toJS();
    if (document === null) {
      continue;
    }
    checked++;
    const [name, error] = await validate(document);
    if (error) {
      invalid++;
      console.log(`INVALID ${source} ${name}: ${error}`);
    } else {
      console.log(`valid ${source} ${name}`);
    }
  }
}

if (checked === 0) {
  console.log(`INVALID: no documents in ${sources.map(([source]) => source).join(", ")}`);
  process.exit(1);
}
console.log(`${checked} documents, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
