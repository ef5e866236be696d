"""Printouts (Qt-free): the HTML of a printout, its citations and the fonts it names.

`desktop.ui.printing` lays the HTML out on pages (page numbers, PDF, print dialog);
the `export-pdf` verb uses the same code headless.
"""
