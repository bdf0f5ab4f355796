package uk.ras.isf;

import java.util.List;
import java.util.stream.Collectors;
import uk.ras.RasException;
import uk.ras.assessment.PersonId;

/** A person named for a leave analysis is not one of the setting's people. */
public final class UnknownPersonException extends RasException {
  private static final long serialVersionUID = 1L;

  /** The name of the setting searched. */
  private final String setting;

  /** The id that was not found. */
  private final PersonId person;

  UnknownPersonException(String setting, PersonId person, List<PersonId> known) {
    super(
        "unknown person \""
            + person
            + "\" in setting \""
            + setting
            + "\"; expected one of "
            + known.stream().map(PersonId::value).collect(Collectors.joining(", ")));
    this.setting = setting;
    this.person = person;
  }

  /** {@return the setting's name; never null} */
  public String setting() {
    return setting;
  }

  /** {@return the id that was not found; never null} */
  public PersonId person() {
    return person;
  }
}
