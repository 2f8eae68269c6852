// Carbone: fills TEMPLATE.odt with the values of DATA.json, writes OUT.odt (the whole job).
//   NODE_PATH=<cache>/node_modules node carbone_job.js TEMPLATE DATA OUT
const fs = require('fs');
const carbone = require('carbone');

const [template, data, out] = process.argv.slice(2);
const values = JSON.parse(fs.readFileSync(data, 'utf8'));
carbone.render(template, values, (err, result) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  fs.writeFileSync(out, result);
  process.exit(0);
});
