"""Archive-wide consistency (docs/archive.md): a house spelling memory built from a whole
collection, and the findings for articles that write a name or term the rare way.

``stats`` holds the memory (counts that merge associatively), ``extract`` reads one article
into it with the article-level checks' own extraction, ``house`` decides which rare forms
are variants of the house form, and ``run`` drives the two passes of ``newslint archive``.
"""
