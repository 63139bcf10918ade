export default defineBackground(() => {
  // Wired in utils/; see issue 4.
});
