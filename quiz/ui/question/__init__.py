"""The question screen's parts: ``layout`` places things, ``view`` draws them."""
