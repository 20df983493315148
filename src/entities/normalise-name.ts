/** Name normalisation lives with the text layer (the tokenizer keys every token by it); re-exported for the entity stages. */
export { normaliseName, normaliseNameOnce } from '../text/normalise-name';
