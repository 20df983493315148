// Writes data/place-tables.bin from the built code (run by `npm run build`, after tsc).
const { generatePlaceTables } = require('../dist/entities/place-tables');

generatePlaceTables();
