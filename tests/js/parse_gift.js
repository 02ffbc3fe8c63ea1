// Parse a GIFT file with gift-pegjs, an independent parser, and print its result as JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const { parse } = require(path.join(process.cwd(), "node_modules", "gift-pegjs"));

process.stdout.write(JSON.stringify(parse(fs.readFileSync(process.argv[2], "utf8"))));
