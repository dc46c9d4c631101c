/**
 * Top-level blocks that hold no dropped and no footnote node ("plain"): the engine's walk before
 * the writer (scar repair, footnote index) has nothing to do in them and skips them — most of a
 * page, since dropped templates and refs sit in few blocks.
 *
 * Why the test is sound: the parser makes a block's nodes while it works on that block's lines
 * (a paragraph's text is parsed when the paragraph closes, a table's cells inside parseTable, a
 * list's lines from its first line to its close, an HTML container's content while it is open).
 * So a block is plain when the page's count of dropped and footnote nodes (State.specialNodes)
 * did not move between the start of the step where its content began and the moment the block
 * was complete. The one construct that puts new nodes into an earlier block, `<ref follow=…>`,
 * marks the page unreliable when the content it adds holds such nodes (State.plainUnreliable).
 */
import type { Block } from '../ast/nodes.js';
import type { State } from './state.js';

export class PlainBlockTracker {
  readonly plain = new Set<Block>();
  /** Count of special nodes when the current step (one line, or the final flush) began. */
  private stepStart = 0;
  /** Top-level lists still open (their items come in later steps), with the count they began at. */
  private readonly openLists: Array<{ block: Block; start: number }> = [];

  constructor(private readonly st: State) {}

  beginStep(): void {
    this.stepStart = this.st.specialNodes();
  }

  /** Where content that begins now is counted from (an HTML container opened in this step). */
  get start(): number {
    return this.stepStart;
  }

  /**
   * A complete block placed at the top level, its content made since `start`. Plain paragraphs
   * noted inside it (State.plainCandidates) matter only when the block itself is not plain.
   */
  placed(block: Block, start: number = this.stepStart): void {
    const candidates = this.st.plainCandidates;
    if (this.st.specialNodes() === start) {
      this.plain.add(block);
      // Candidates of a list still open belong to it: kept until it is judged.
      if (this.openLists.length === 0) candidates.length = 0;
    } else {
      const into = this.st.plainParagraphs;
      for (let i = 0; i < candidates.length; i++) into.add(candidates[i]!);
      candidates.length = 0;
    }
  }

  /** A top-level list placed when its first line is read: judged when it is closed. */
  listOpened(block: Block): void {
    this.openLists.push({ block, start: this.stepStart });
  }

  listsClosed(): void {
    for (const l of this.openLists) this.placed(l.block, l.start);
    this.openLists.length = 0;
    // Left over: candidates of lists that were plain.
    this.st.plainCandidates.length = 0;
  }
}
