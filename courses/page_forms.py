"""The edit forms of course pages: rules about a page that need its place in the tree, which
the page itself does not know yet when it is being created."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError

from courses.learning_blocks import misplaced_blocks


class ModulePageForm(WagtailAdminPageForm):
    """Refuses group-session blocks in a self-paced course's module, and knowledge checks in a
    group course's, pointing at each block with the reason."""

    def clean(self):
        cleaned_data = super().clean()
        course = self.parent_page.specific if self.parent_page is not None else None
        body = cleaned_data.get("body")
        if body is None or not hasattr(course, "is_self_paced"):
            return cleaned_data
        wrong = misplaced_blocks(body, self_paced=course.is_self_paced)
        if wrong:
            self.add_error("body", StreamBlockValidationError(
                block_errors={index: ValidationError(reason) for index, reason in wrong.items()},
                non_block_errors=[_("Some blocks do not belong in this kind of course: see the "
                                    "messages beside them.")]))
        return cleaned_data
