"""An empty Streamlit page: the yardstick page_overhead.py compares the vote page with.

It draws nothing. Like app.py it switches off Nagle's algorithm on Streamlit's server socket (pages/server_sockets.py),
so all three pages are timed without the ~40 ms delayed-ACK stall that would otherwise hit some replies at random.
"""

from pages import server_sockets

server_sockets.reply_without_delay_once()
