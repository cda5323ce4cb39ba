// Compile every tiepcan JSON Schema with Ajv's JSON Schema 2020-12 validator in strict mode.
//
//   node tools/check_schemas.mjs SCHEMAS.json
//
// SCHEMAS.json is {"schemas": {name: schema}, "valid": {name: [instance, ...]},
// "invalid": {name: [instance, ...]}} as written by `python tests/schema_cases.py`
// (tools/check_schemas.sh does both steps). Each schema must compile with `strict: true`
// (no unknown keyword, no ambiguous type, every `required` property declared, …) and the
// formats `date`, `time` and `date-time` (ajv-formats). Each "valid" instance (JSON that
// tiepcan itself wrote) must validate, each "invalid" one (JSON that tiepcan refuses) must
// not, so the schemas and the library agree outside Python too. Prints every failure and
// exits 1 if there is any.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const path = process.argv[2];
if (!path) {
  console.error("usage: node tools/check_schemas.mjs SCHEMAS.json");
  process.exit(2);
}
const data = JSON.parse(readFileSync(path, "utf8"));
const schemas = data.schemas ?? {};
const failures = [];

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv, ["date", "time", "date-time"]);
  return ajv;
}

const names = Object.keys(schemas).sort();
let compiled = 0;
for (const name of names) {
  let validate;
  try {
    // one Ajv per schema: every model's $defs are local, nothing is shared by $id
    validate = newAjv().compile(schemas[name]);
    compiled += 1;
  } catch (err) {
    failures.push(`${name}: does not compile in strict mode: ${err.message}`);
    continue;
  }
  for (const [i, instance] of (data.valid?.[name] ?? []).entries()) {
    if (!validate(instance)) {
      const why = validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
      failures.push(`${name}: valid example #${i} refused: ${why}`);
    }
  }
  for (const [i, instance] of (data.invalid?.[name] ?? []).entries()) {
    if (validate(instance)) {
      failures.push(`${name}: invalid example #${i} accepted: ${JSON.stringify(instance)}`);
    }
  }
}

const checked = (kind) => Object.values(data[kind] ?? {}).reduce((n, xs) => n + xs.length, 0);
for (const line of failures) console.error(`FAIL ${line}`);
console.log(
  `${compiled} of ${names.length} schemas compile in Ajv 2020-12 strict mode; ` +
    `${checked("valid")} valid and ${checked("invalid")} invalid examples checked; ` +
    `${failures.length} failure(s)`,
);
process.exit(failures.length ? 1 : 0);
