-- Veilig Thuis can withdraw (intrekken) a bevraging it asked that is still open: asked the wrong organisation, or the
-- question is no longer needed. The status 'ingetrokken' exists since 0003; this keeps the reason, who and when.
-- The reason is free text for the asking side (need-to-know): the asked organisation sees only that it was withdrawn.
alter table bevragingen
  add column ingetrokken_reden text,
  add column ingetrokken_door_gebruiker_id uuid references gebruikers (id),
  add column ingetrokken_op timestamptz;
