"""Words: segmentation (rjieba), jieba's word frequencies and the place-name gazetteer.

Neutral ground under both `reader.ingest` (a page's words) and `reader.store` (the search
index and queries): it imports neither, and this package file imports nothing, so that
`import reader.store` stays cheap; the segmenter and the tables load on first use.

    segment     cut(text) / tokenize(text), rjieba with HMM off and the place words
    dictionary  jieba's dict.txt as a frequency table, read as plain text, never via jieba
    gazetteer   place names: lookup, resolve, all_names, home_province
    reference   jieba's own Tokenizer with the same place words (tag suggestions, tests)
"""
