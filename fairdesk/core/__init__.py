"""Pure rules: badge codes, normalisation, pinyin keys, roster parsing. No Qt, no SQL."""
