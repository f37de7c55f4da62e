/** The elements, one class per page of the features (the same pages the standalone app routes to). */
import { AboutExclusionsPage } from '../features/about/AboutExclusionsPage';
import { DeclarePage } from '../features/declare/DeclarePage';
import { ExclusionsPage } from '../features/exclusions/ExclusionsPage';
import { HistoryPage } from '../features/history/HistoryPage';
import { ExclusionsElement } from './ExclusionsElement';
import { withFamilyLink } from './FamilyLink';
import { TAGS, type ModulePage } from './tags';

class ExclusionListElement extends ExclusionsElement {
  protected readonly Page = withFamilyLink(ExclusionsPage, 'history');
}
class DeclareExclusionElement extends ExclusionsElement {
  protected readonly Page = DeclarePage;
}
class ExclusionHistoryElement extends ExclusionsElement {
  protected readonly Page = withFamilyLink(HistoryPage, 'exclusions');
}
class AboutExclusionsElement extends ExclusionsElement {
  protected readonly Page = AboutExclusionsPage;
  protected override readonly isPublic = true;
}

export const ELEMENTS: Record<ModulePage, CustomElementConstructor> = {
  exclusions: ExclusionListElement,
  declare: DeclareExclusionElement,
  history: ExclusionHistoryElement,
  about: AboutExclusionsElement,
};

/** Defines each tag once: a second bootstrap (or a second copy of the module) finds them defined. */
export function defineElements(): void {
  for (const page of Object.keys(TAGS) as ModulePage[]) {
    if (!customElements.get(TAGS[page])) customElements.define(TAGS[page], ELEMENTS[page]);
  }
}
