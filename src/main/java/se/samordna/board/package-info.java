/**
 * The board's year: the seats the charter gives and who holds them (with the order deputies are called to serve), the
 * auditors, meetings with their items and registry numbers, the minutes kept by the director with attendance, quorum and
 * paragraphs numbered through the calendar year, the adjustment after which the board's decisions take effect (grants and
 * refusals, adoption of a plan or an annual report), the public notice board and the registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The board")
package se.samordna.board;
